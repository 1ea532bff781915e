import type { Config } from '../config/resolve.js';
import { rulesBySource } from './cleanAll.js';
import { startCleaning, type Cleaning } from './startCleaning.js';

// Items a feed typically has (20–50): with enough sources, the cleaning workers start with the run.
const TYPICAL_ITEMS = 20;

/**
 * The cleaning of one run of `config` over `sources` enabled sources: the config's rules, and
 * worker threads from the start when the sources promise enough documents to need them.
 */
export function startRunCleaning(config: Config, sources: number): Cleaning {
  return startCleaning(rulesBySource(config), { expectedDocuments: sources * TYPICAL_ITEMS });
}
