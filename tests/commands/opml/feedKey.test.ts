import { describe, expect, it } from 'vitest';
import { feedKey } from '../../../src/commands/opml/feedKey.js';

describe('feedKey', () => {
  it('takes the same feed written differently for one', () => {
    const key = feedKey('https://example.org/feed');
    for (const same of ['http://example.org/feed', 'https://EXAMPLE.org:443/feed/', 'http://example.org:80/feed#top', ' https://example.org/feed// ']) {
      expect(feedKey(same), same).toBe(key);
    }
  });

  it('tells apart another path, query, port or host', () => {
    const key = feedKey('https://example.org/feed');
    for (const other of ['https://example.org/feed.xml', 'https://example.org/feed?lang=ar', 'https://example.org:8443/feed', 'https://www.example.org/feed']) {
      expect(feedKey(other), other).not.toBe(key);
    }
  });

  it('has no key for what is not an http(s) address', () => {
    expect(feedKey('gopher://example.org/feed')).toBeUndefined();
    expect(feedKey('feeds/local.xml')).toBeUndefined();
  });
});
