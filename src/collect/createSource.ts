import type { ResolvedSource } from '../config/resolve.js';
import { createFeedSource } from './createFeedSource.js';
import { createFileSource } from './createFileSource.js';
import type { Source } from './source.js';

/** The collector for one configured source: a feed for `url`, local files for `path`. */
export function createSource(config: ResolvedSource): Source {
  if (config.url !== undefined) return createFeedSource({ name: config.name, url: config.url });
  if (config.path !== undefined) return createFileSource({ name: config.name, path: config.path });
  // validateConfig guarantees one of the two.
  throw new TypeError(`source "${config.name}" has neither url nor path`);
}
