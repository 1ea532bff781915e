import { describeError, SourceError } from '../errors.js';
import type { RawDocument, SourceReport } from '../types.js';
import type { Source } from './source.js';

export interface Collected {
  documents: RawDocument[];
  reports: SourceReport[];
}

export interface CollectAllOptions {
  /** Sources fetched at the same time. @default 8 */
  concurrency?: number;
  signal?: AbortSignal;
  /** Called as each source finishes, for progress output. */
  onSource?: (report: SourceReport) => void;
}

/**
 * Collects every source, a few at a time. A source that fails is reported with its reason and
 * the others go on; reports keep the config's order.
 */
export async function collectAll(sources: readonly Source[], options: CollectAllOptions = {}): Promise<Collected> {
  const results: { documents: RawDocument[]; report: SourceReport }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const index = next++;
      const source = sources[index]!;
      results[index] = await collectOne(source, options.signal);
      options.onSource?.(results[index].report);
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 8, sources.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { documents: results.flatMap((result) => result.documents), reports: results.map((result) => result.report) };
}

async function collectOne(source: Source, signal: AbortSignal | undefined): Promise<{ documents: RawDocument[]; report: SourceReport }> {
  try {
    const { documents, warnings } = await source.collect(signal ? { signal } : {});
    const report: SourceReport = {
      name: source.name,
      status: documents.length > 0 ? 'ok' : 'empty',
      items: documents.length,
      ...(warnings.length > 0 ? { warnings } : {}),
    };
    return { documents, report };
  } catch (error) {
    const message = error instanceof SourceError ? error.message : describeError(error);
    return { documents: [], report: { name: source.name, status: 'failed', items: 0, error: message } };
  }
}
