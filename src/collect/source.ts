import type { RawDocument } from '../types.js';

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
}

export interface SourceResult {
  documents: RawDocument[];
  /** Item-level problems that did not stop the source, e.g. "item 3: no title or link, skipped". */
  warnings: string[];
}
