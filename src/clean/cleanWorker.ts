import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../types.js';
import { cleanDocuments, type RulesBySource } from './cleanAll.js';

// A worker of cleanInWorkers: cleans the share of documents it is sent and sends the outcome back.
parentPort?.on('message', (message: { documents: RawDocument[]; rules: RulesBySource }) => {
  parentPort?.postMessage(cleanDocuments(message.documents, message.rules));
});
