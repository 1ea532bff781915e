import { parentPort, workerData } from 'node:worker_threads';
import type { RawDocument } from '../types.js';
import { cleanDocuments, prepareRules, type RulesBySource } from './cleanDocuments.js';

// A worker of startCleaning: cleans each batch of documents it is sent with the run's rules (given
// once, at start) and sends the outcome back under the batch's id.
const { rules } = workerData as { rules: RulesBySource };
prepareRules(rules);
parentPort?.on('message', ({ id, documents }: { id: number; documents: RawDocument[] }) => {
  parentPort?.postMessage({ id, outcome: cleanDocuments(documents, rules) });
});
