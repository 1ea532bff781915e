import type { RawDocument } from '../types.js';
import type { HostLimiter } from './hostLimiter.js';

/**
 * One configured place articles come from. Factories (`createFeedSource`, `createFileSource`)
 * check their options when they are created and return this; the pipeline only sees the interface,
 * and one contract test suite runs against every kind (tests/collect/sourceContract.test.ts).
 */
export interface Source {
  readonly name: string;
  /**
   * Collects every document the source has now. Throws a SourceError when the source as a whole
   * cannot be read; problems with single items are returned as warnings and the rest is kept.
   */
  collect(options?: CollectOptions): Promise<SourceResult>;
}

export interface CollectOptions {
  /** Aborts network work when the run is cancelled or its deadline passes. */
  signal?: AbortSignal;
  /**
   * Epoch ms by which the source must be done: no request starts or waits for a retry after it,
   * and each request's timeout is cut to the time left. Without it only the per-request timeout applies.
   */
  deadline?: number;
  /** The run's per-host request limit, shared by all its sources (collectAll makes one). */
  limiter?: HostLimiter;
}

export interface SourceResult {
  documents: RawDocument[];
  /** Item-level problems that did not stop the source, e.g. "item 3: no title or link, skipped". */
  warnings: string[];
  /** How the source was read, for health reports and `briefing check`. */
  fetch?: FetchReport;
}

/** What reading a feed over HTTP looked like. */
export interface FetchReport {
  /** Final HTTP status (304 when the cached copy was still current). */
  status: number;
  /** True when the server answered 304 Not Modified and the cached copy was used. */
  notModified: boolean;
  /** Encoding the body was decoded from. */
  encoding: string;
  /** Wall time of the fetch, retries included. */
  durationMs: number;
  /** Attempts made (1 without retries). */
  attempts: number;
}
