import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../types.js';
import type { CleanOutcome, RulesBySource } from './cleanAll.js';

// Below this many documents a worker costs more to start (≈50 ms) than it saves.
const MIN_DOCUMENTS = 400;
const MAX_WORKERS = 4;

/**
 * Cleans the documents on worker threads, one contiguous share each, and puts the outcomes back in
 * order. Undefined when it is not worth it (few documents, one core) or not possible (running
 * from TypeScript sources, as the tests do, where the worker file is not compiled): the caller
 * then cleans on the main thread.
 */
export async function cleanInWorkers(documents: readonly RawDocument[], rules: RulesBySource): Promise<CleanOutcome | undefined> {
  const workers = Math.min(MAX_WORKERS, availableParallelism());
  const script = new URL('./cleanWorker.js', import.meta.url);
  if (documents.length < MIN_DOCUMENTS || workers < 2 || !import.meta.url.endsWith('.js')) return undefined;
  const size = Math.ceil(documents.length / workers);
  const shares = Array.from({ length: workers }, (_, index) => documents.slice(index * size, (index + 1) * size)).filter((share) => share.length > 0);
  const outcomes = await Promise.all(
    shares.map(
      (share) =>
        new Promise<CleanOutcome>((resolve, reject) => {
          const worker = new Worker(script);
          worker.once('message', (outcome: CleanOutcome) => {
            resolve(outcome);
            void worker.terminate();
          });
          worker.once('error', reject);
          worker.postMessage({ documents: share, rules });
        }),
    ),
  );
  const merged: CleanOutcome = { articles: [], failures: [] };
  outcomes.forEach((outcome, share) => {
    merged.articles.push(...outcome.articles);
    merged.failures.push(...outcome.failures.map((failure) => ({ ...failure, index: failure.index + share * size })));
  });
  return merged;
}
