import { parentPort, workerData } from 'node:worker_threads';
import type { RawDocument } from '../types.js';
import { cleanDocuments, prepareRules, type RulesBySource } from './cleanDocuments.js';

// A worker of startCleaning: cleans each batch of documents it is sent with the run's rules and
// sends the outcome back under the batch's id. The rules come with the worker, or, for a worker
// started before the config was read (prestartCleaning), as its first message.
let rules = (workerData as { rules?: RulesBySource } | null)?.rules ?? {};
prepareRules(rules);
parentPort?.on('message', (message: { rules: RulesBySource } | { id: number; documents: RawDocument[] }) => {
  if ('rules' in message) {
    rules = message.rules;
    prepareRules(rules);
    return;
  }
  parentPort?.postMessage({ id: message.id, outcome: cleanDocuments(message.documents, rules) });
});
