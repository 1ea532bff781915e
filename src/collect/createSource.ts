import type { ResolvedSource } from '../config/resolve.js';
import { createFeedSource, type FeedSourceOptions } from './createFeedSource.js';
import { createFileSource } from './createFileSource.js';
import type { FeedCache } from './feedCache.js';
import type { Source } from './source.js';

export interface SourceDeps {
  /** Validators and last good bodies of feeds, kept between runs (the state store). */
  cache?: FeedCache;
  /** Fetch settings for every feed source; tests shorten the retry waits with them. */
  feed?: Pick<FeedSourceOptions, 'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'retries' | 'retryDelayMs' | 'maxRetryAfterMs' | 'maxBodyChars' | 'teaserChars' | 'maxFullPages' | 'fullPageBudget'>;
  /** The run's clock: dates pages state after it are not publication dates (see findPageDate). @default () => new Date() */
  now?: () => Date;
}

/**
 * Per-source limits and full-page fetching. Read from the source's config entry when its schema
 * has them (`sources[].maxItems`, `sources[].fullPage`, `sources[].allowPrivate`); absent, the
 * defaults apply.
 */
export interface SourceLimits {
  /** Items kept from a feed (the most recent). @default 500 */
  maxItems?: number;
  /** Fetch the article page of items whose feed text is only a teaser. @default false */
  fullPage?: boolean;
  /** With fullPage: item links may point to this machine or the local network. @default false */
  allowPrivate?: boolean;
}

/** The collector for one configured source: a feed for `url`, local files for `path`. */
export function createSource(config: ResolvedSource & SourceLimits, deps: SourceDeps = {}): Source {
  if (config.url !== undefined) {
    return createFeedSource({
      ...deps.feed,
      name: config.name,
      url: config.url,
      ...(deps.cache ? { cache: deps.cache } : {}),
      ...(deps.now ? { now: deps.now } : {}),
      ...(config.maxItems === undefined ? {} : { maxItems: config.maxItems }),
      ...(config.fullPage === undefined ? {} : { fullPage: config.fullPage }),
      ...(config.allowPrivate === undefined ? {} : { allowPrivate: config.allowPrivate }),
    });
  }
  if (config.path !== undefined) {
    return createFileSource({
      name: config.name,
      path: config.path,
      ...(deps.now ? { now: deps.now } : {}),
      ...(config.maxItems === undefined ? {} : { maxItems: config.maxItems }),
      ...(deps.feed?.maxBodyChars === undefined ? {} : { maxBodyChars: deps.feed.maxBodyChars }),
    });
  }
  // validateConfig guarantees one of the two.
  throw new TypeError(`source "${config.name}" has neither url nor path`);
}
