import type { ResolvedSource } from '../config/resolve.js';
import { createFeedSource, type FeedSourceOptions } from './createFeedSource.js';
import { createFileSource } from './createFileSource.js';
import type { FeedCache } from './feedCache.js';
import type { Source } from './source.js';

export interface SourceDeps {
  /** Validators and last good bodies of feeds, kept between runs (the state store). */
  cache?: FeedCache;
  /** Fetch settings for every feed source; tests shorten the retry waits with them. */
  feed?: Pick<FeedSourceOptions, 'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'retries' | 'retryDelayMs' | 'maxRetryAfterMs'>;
}

/** The collector for one configured source: a feed for `url`, local files for `path`. */
export function createSource(config: ResolvedSource, deps: SourceDeps = {}): Source {
  if (config.url !== undefined) {
    return createFeedSource({ ...deps.feed, name: config.name, url: config.url, ...(deps.cache ? { cache: deps.cache } : {}) });
  }
  if (config.path !== undefined) return createFileSource({ name: config.name, path: config.path });
  // validateConfig guarantees one of the two.
  throw new TypeError(`source "${config.name}" has neither url nor path`);
}
