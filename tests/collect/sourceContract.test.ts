import { createFeedSource } from '../../src/collect/createFeedSource.js';
import { readFeedFixture } from '../helpers/feedFixtures.js';
import { startFeedServer } from '../helpers/feedServer.js';
import { describeSourceContract } from '../helpers/sourceContract.js';

describeSourceContract('createFeedSource', async () => {
  const server = await startFeedServer({
    '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: readFeedFixture('rss2.xml') },
    '/broken': { status: 502 },
  });
  return {
    working: createFeedSource({ name: 'Harbour Gazette', url: server.url('/feed.xml') }),
    failing: createFeedSource({ name: 'Broken feed', url: server.url('/broken') }),
    teardown: () => server.close(),
  };
});
