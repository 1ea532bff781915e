import { describeError, SourceError } from '../errors.js';
import { redactUrl } from '../text/redactUrl.js';
import type { RawDocument, SourceReport } from '../types.js';
import { createHostLimiter } from './hostLimiter.js';
import { formatDuration } from './readBody.js';
import type { CollectOptions, FetchReport, Source } from './source.js';

export interface Collected {
  /** Every source's documents in config order; empty with `keepDocuments: false`. */
  documents: RawDocument[];
  reports: SourceReport[];
  /** How each feed that was read came over HTTP (status, 304, attempts, time), by source name. */
  fetches: Record<string, FetchReport>;
}

export interface CollectAllOptions {
  /** Sources fetched at the same time. @default 8 */
  concurrency?: number;
  /** Requests to one host at the same time, across all sources of the run. @default 2 */
  perHost?: number;
  /**
   * Time the whole collection may take, from the call. No request starts or waits after it, and
   * a source still busy a moment later is reported as failed.
   * @default 120_000
   */
  deadlineMs?: number;
  signal?: AbortSignal;
  /** Called as each source finishes, for progress output. */
  onSource?: (report: SourceReport) => void;
  /**
   * Called with each source's documents as soon as it is read, with the source's position in
   * `sources`, so that cleaning can start before the slowest source is in. A promise returned
   * makes that slot wait before it reads another source (cleaning is behind); the time waited
   * does not count against the deadline.
   */
  onDocuments?: (position: number, documents: readonly RawDocument[]) => void | Promise<void>;
  /**
   * Keep the documents for the result. A run that hands them to `onDocuments` says false: fifty
   * thousand raw documents are a few hundred megabytes it need not hold.
   * @default true
   */
  keepDocuments?: boolean;
}

export const DEFAULT_COLLECT_DEADLINE_MS = 120_000;
// How long past the deadline a source that does not watch it (e.g. files on a hung network
// mount) is waited for before it is reported as failed and left behind.
const GRACE_MS = 1_000;
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Outcome {
  documents: RawDocument[];
  report: SourceReport;
  fetch?: FetchReport;
}

/**
 * Collects every source, a few at a time and at most `perHost` requests per host, within one
 * deadline. A source that fails is reported with its reason and the others go on; reports keep
 * the config's order.
 */
export async function collectAll(sources: readonly Source[], options: CollectAllOptions = {}): Promise<Collected> {
  const deadlineMs = options.deadlineMs ?? DEFAULT_COLLECT_DEADLINE_MS;
  const collectOptions: CollectOptions = {
    deadline: Date.now() + deadlineMs,
    limiter: createHostLimiter(options.perHost ?? 2),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const results: Outcome[] = [];
  let next = 0;
  // The deadline bounds reading sources, not waiting for the cleaning to catch up: it moves by
  // the time during which at least one slot was held back.
  let held = 0;
  let heldSince = 0;
  const holdBack = async (waiting: Promise<void>) => {
    if (held++ === 0) heldSince = Date.now();
    try {
      await waiting;
    } finally {
      if (--held === 0 && collectOptions.deadline !== undefined) collectOptions.deadline += Date.now() - heldSince;
    }
  };
  const worker = async () => {
    while (next < sources.length) {
      const index = next++;
      const source = sources[index]!;
      const outcome = await collectOne(source, collectOptions, deadlineMs);
      const waiting = options.onDocuments?.(index, outcome.documents);
      results[index] = options.keepDocuments === false ? { ...outcome, documents: [] } : outcome;
      options.onSource?.(outcome.report);
      if (waiting) await holdBack(waiting);
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 8, sources.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  return {
    documents: results.flatMap((result) => result.documents),
    reports: results.map((result) => result.report),
    fetches: Object.fromEntries(results.flatMap((result) => (result.fetch ? [[result.report.name, result.fetch] as const] : []))),
  };
}

async function collectOne(source: Source, options: CollectOptions, deadlineMs: number): Promise<Outcome> {
  const deadline = options.deadline ?? Number.POSITIVE_INFINITY;
  if (Date.now() >= deadline) return failed(source, `not started: the run's deadline (${formatDuration(deadlineMs)} for collecting) had passed`);
  const wait = deadline - Date.now() + GRACE_MS;
  // setTimeout fires at once for delays past 2^31 - 1 ms (about 24 days): no safety net needed then.
  if (wait > MAX_TIMER_MS) return read(source, options);
  let timer: NodeJS.Timeout | undefined;
  const overdue = new Promise<Outcome>((resolve) => {
    const why = `still not finished ${formatDuration(GRACE_MS)} after the run's deadline (${formatDuration(deadlineMs)} for collecting); left behind`;
    timer = setTimeout(() => {
      resolve(failed(source, why));
    }, wait);
  });
  try {
    return await Promise.race([read(source, options), overdue]);
  } finally {
    clearTimeout(timer);
  }
}

async function read(source: Source, options: CollectOptions): Promise<Outcome> {
  try {
    const { documents, warnings, fetch } = await source.collect(options);
    const report: SourceReport = {
      name: source.name,
      status: documents.length > 0 ? 'ok' : 'empty',
      items: documents.length,
      ...(warnings.length > 0 ? { warnings: warnings.map(redactUrl) } : {}),
    };
    return { documents, report, ...(fetch ? { fetch } : {}) };
  } catch (error) {
    return failed(source, error instanceof SourceError ? error.message : describeError(error));
  }
}

// Reports go to the terminal, the email, the archive and the state store: an address's secrets
// (a password, a token parameter) are taken out of their texts here, once for all of them.
function failed(source: Source, error: string): Outcome {
  return { documents: [], report: { name: source.name, status: 'failed', items: 0, error: redactUrl(error) } };
}
