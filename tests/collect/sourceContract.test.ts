import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFeedSource } from '../../src/collect/createFeedSource.js';
import { createFileSource } from '../../src/collect/createFileSource.js';
import type { Source } from '../../src/collect/source.js';
import { readFeedFixture } from '../helpers/feedFixtures.js';
import { startFeedServer } from '../helpers/feedServer.js';
import { describeSourceContract } from '../helpers/sourceContract.js';

// The contract compares two whole results; a FetchReport's durationMs is the one part that may
// differ between two reads of the same feed, so it is zeroed here and every other field compared.
const withoutTiming = (source: Source): Source => ({
  name: source.name,
  collect: async (options) => {
    const result = await source.collect(options);
    return result.fetch ? { ...result, fetch: { ...result.fetch, durationMs: 0 } } : result;
  },
});

describeSourceContract('createFeedSource', async () => {
  const server = await startFeedServer({
    '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: readFeedFixture('rss2.xml') },
    '/broken': { status: 502 },
  });
  return {
    working: withoutTiming(createFeedSource({ name: 'Harbour Gazette', url: server.url('/feed.xml') })),
    failing: createFeedSource({ name: 'Broken feed', url: server.url('/broken'), retryDelayMs: 10 }),
    teardown: () => server.close(),
  };
});

describeSourceContract('createFileSource', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'briefing-contract-'));
  await writeFile(path.join(dir, 'ferry.txt'), 'Ferry timetable changes\n\nThe morning ferry leaves at 06:40.');
  await writeFile(path.join(dir, 'lighthouse.md'), '# Lighthouse reopens\n\nAfter two years of repairs.');
  await writeFile(path.join(dir, 'market.html'), '<h1>Fish market</h1><p>Prices fell.</p>');
  return {
    working: createFileSource({ name: 'Harbour notes', path: dir }),
    failing: createFileSource({ name: 'Missing notes', path: path.join(dir, 'no-such-folder') }),
    teardown: () => rm(dir, { recursive: true, force: true }),
  };
});
