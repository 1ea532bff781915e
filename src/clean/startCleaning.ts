import { availableParallelism } from 'node:os';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { describeError } from '../errors.js';
import { minHashOfArticle } from '../text/minHash.js';
import { FROM_SOURCES, startWorker } from '../startWorker.js';
import type { RawDocument } from '../types.js';
import type { CleanOutcome, RulesBySource } from './cleanDocuments.js';

/** A batch's or a run's cleaning, with each article's signature. */
export interface SignedOutcome extends CleanOutcome {
  /**
   * Each article's minHashOfArticle, by the same index (null where there is no article, or it is
   * too short to sign).
   */
  signatures: (Uint32Array | null)[];
}

export interface CleaningOptions {
  /**
   * Worker threads to clean on. By default one per core but the main thread's (at most four) once
   * a run has at least `minDocuments` documents, and none on one core or when running from
   * TypeScript sources (the worker file is compiled only in dist/). A number forces that many
   * workers (tests).
   */
  workers?: number;
  /** Documents a run must have before workers are started. @default 200 */
  minDocuments?: number;
  /** Heap limits of each worker (tests make one run out of memory). */
  resourceLimits?: ResourceLimits;
  /**
   * Documents the run expects (an estimate from its sources). When that reaches `minDocuments`
   * the workers start at once, loading their modules while the first sources are read.
   */
  expectedDocuments?: number;
  /**
   * Documents handed over and not yet cleaned, per worker (or on the main thread without
   * workers), above which `room()` makes the collector wait. @default 256
   */
  backlog?: number;
}

/** Cleaning that runs while the sources are still being collected. */
export interface Cleaning {
  /** Hands over the documents of the source at `position` (config order); cleaning may start at once. */
  add(position: number, documents: readonly RawDocument[]): void;
  /**
   * Resolves once the backlog of documents not yet cleaned is small enough to add more. Without
   * workers, cleans the waiting documents here when they have piled up.
   */
  room(): Promise<void>;
  /**
   * Every added document's outcome, in source order then document order: the order the documents
   * would have in one list of all sources.
   */
  finish(): Promise<SignedOutcome>;
  /** Stops the workers without waiting (a cancelled run). */
  close(): void;
  /** Worker threads that have cleaned at least one batch so far (0: all on the main thread). */
  readonly threads: number;
  /** Documents handed over and not cleaned yet. */
  readonly backlog: number;
  /** Why each worker that stopped before the end stopped (its documents were cleaned here). */
  readonly stopped: readonly string[];
}

// A worker spends a while loading the cleaning modules before it cleans anything; below this many
// documents the main thread, loading them once, is done sooner.
const MIN_DOCUMENTS = 200;
const MAX_WORKERS = 4;
// The main thread keeps a core of its own: it fetches, decodes and parses every feed while the
// workers clean. Each worker is also an isolate of its own whose code V8 compiles again, and
// TurboFan's compiling was the largest use of CPU after the main thread's: on two cores one
// worker beat two (docs/performance.md).
const SPARE_CORES = availableParallelism() - 1;
// Documents per message: big enough that posting is cheap, small enough to keep every core busy
// until the end.
const BATCH = 64;

// Collecting runs ahead of cleaning when the feeds are near: a run of 50,000 documents held every
// raw document, and through it every feed's text (document strings are slices of it), until its
// worker answered; hundreds of megabytes. Four batches per worker keep each busy until the next
// source arrives.
const BACKLOG_PER_WORKER = 4 * BATCH;

// A worker's live data is ≈30 MB (modules, language models, compiled phrase rules, one batch);
// without a cap V8 lets each heap grow to hundreds of megabytes between collections on a machine
// with much memory. One that runs out (a giant page) dies and its batches are cleaned here. The
// young generation is where a batch's garbage lives: a small one keeps the peak lower at the same
// speed (docs/performance.md).
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 12 };
const WORKER_MODULE = new URL('./cleanWorker.js', import.meta.url);

// A cleaning worker started before the run's rules were known (prestartCleaning), not taken yet.
let early: Worker | undefined;

/**
 * Starts a cleaning worker before the config is read: `briefing run` knows that it will clean as
 * soon as it knows its command. A worker takes a while to boot (Node, then the cleaning modules)
 * and a large run's first batch waited for it; started here, it boots while the main
 * thread loads and checks the config. The run's startCleaning takes it over and sends it the
 * rules. Until then it does not keep the process alive, so a run that stops early (a bad config)
 * ends at once; a run with too few documents for workers stops it. `force` starts it even from
 * TypeScript sources (tests).
 */
export function prestartCleaning(force = false): void {
  if (early !== undefined || (!force && (FROM_SOURCES || SPARE_CORES < 1))) return;
  const worker = startWorker(WORKER_MODULE, { resourceLimits: WORKER_LIMITS });
  worker.unref();
  // One that fails before it is taken is forgotten, and a new one started instead.
  const forget = () => {
    if (early === worker) early = undefined;
  };
  worker.once('error', forget);
  worker.once('exit', forget);
  early = worker;
}

/** Whether a worker started by prestartCleaning waits to be taken (for tests). */
export function hasEarlyWorker(): boolean {
  return early !== undefined;
}

function takeEarlyWorker(rules: RulesBySource): Worker | undefined {
  const worker = early;
  early = undefined;
  if (!worker) return undefined;
  worker.ref();
  worker.postMessage({ rules });
  return worker;
}

function discardEarlyWorker(): void {
  const worker = early;
  early = undefined;
  void worker?.terminate();
}

interface Batch {
  position: number;
  /** Index of the batch's first document within its source's documents. */
  offset: number;
  documents: readonly RawDocument[];
}

interface PoolWorker {
  worker: Worker;
  /** Batches sent and not yet answered, by id. */
  pending: Map<number, Batch>;
}

/**
 * Cleans documents as their sources arrive, on worker threads once there are enough of them, so
 * that cleaning (the CPU-heaviest stage) overlaps with fetching. Each batch goes to the worker
 * with the fewest documents waiting. A worker that dies leaves its batches to the main thread:
 * a crash costs time, never articles.
 */
export function startCleaning(rules: RulesBySource, options: CleaningOptions = {}): Cleaning {
  const wanted = options.workers ?? (FROM_SOURCES ? 0 : Math.min(MAX_WORKERS, SPARE_CORES));
  const minDocuments = options.workers === undefined ? (options.minDocuments ?? MIN_DOCUMENTS) : 0;
  const useWorkers = wanted >= 1;

  const bySource = new Map<number, (SignedOutcome | undefined)[]>();
  // Batches waiting for the workers to start, and batches the main thread is to clean.
  const waiting: Batch[] = [];
  const here: Batch[] = [];
  const workers: PoolWorker[] = [];
  let added = 0;
  const answered = new Set<PoolWorker>();
  let nextId = 0;
  let settle: (() => void) | undefined;
  let failure: Error | undefined;

  // Articles are signed for collapseDuplicates as their batch comes back. The cleaning worker is
  // what a large run waits for while the feeds are read, and the main thread is partly idle then.
  const store = (batch: Batch, outcome: CleanOutcome) => {
    const slots = bySource.get(batch.position)!;
    slots[batch.offset / BATCH] = { ...outcome, signatures: outcome.articles.map((article) => (article ? minHashOfArticle(article) : null)) };
  };
  const outstanding = () => workers.reduce((sum, entry) => sum + entry.pending.size, 0);
  const backlog = () => workers.reduce((sum, entry) => sum + documentsIn(entry.pending.values()), documentsIn(waiting) + documentsIn(here));
  const backlogLimit = () => Math.max(1, workers.length) * (options.backlog ?? BACKLOG_PER_WORKER);
  let roomWaiters: (() => void)[] = [];
  const wakeCollector = () => {
    if (roomWaiters.length === 0 || backlog() > backlogLimit()) return;
    const waiters = roomWaiters;
    roomWaiters = [];
    for (const wake of waiters) wake();
  };
  const settleIfDone = () => {
    if (outstanding() === 0) settle?.();
  };

  // The main thread cleans what no worker can: the cleaning modules are loaded the first time.
  let draining: Promise<void> | undefined;
  const cleanHere = (batches: readonly Batch[]): Promise<void> => {
    here.push(...batches);
    draining ??= (async () => {
      try {
        const { cleanDocuments } = await loadCleaner();
        for (let batch = here.shift(); batch; batch = here.shift()) store(batch, cleanDocuments(batch.documents, rules));
      } catch (caught) {
        failure ??= caught instanceof Error ? caught : new Error(describeError(caught));
        here.length = 0;
      } finally {
        draining = undefined;
        wakeCollector();
      }
    })();
    return draining;
  };

  const spawn = (): PoolWorker => {
    const worker = (options.resourceLimits === undefined ? takeEarlyWorker(rules) : undefined) ?? startWorker(WORKER_MODULE, { workerData: { rules }, resourceLimits: options.resourceLimits ?? WORKER_LIMITS });
    const entry: PoolWorker = { worker, pending: new Map() };
    worker.on('message', ({ id, outcome }: { id: number; outcome: CleanOutcome }) => {
      const batch = entry.pending.get(id);
      if (!batch) return;
      entry.pending.delete(id);
      answered.add(entry);
      store(batch, outcome);
      wakeCollector();
      settleIfDone();
    });
    worker.on('error', (error) => {
      retire(entry, describeError(error));
    });
    worker.on('exit', (code) => {
      retire(entry, `exited with code ${code}`);
    });
    return entry;
  };

  // The batches of a dead worker are cleaned here instead.
  const stopped: string[] = [];
  const retire = (entry: PoolWorker, reason: string) => {
    const index = workers.indexOf(entry);
    if (index < 0) return;
    workers.splice(index, 1);
    stopped.push(reason);
    void cleanHere([...entry.pending.values()]);
    entry.pending.clear();
    void entry.worker.terminate();
    settleIfDone();
  };

  const dispatch = (batch: Batch) => {
    // Batches are all 64 documents but a source's last: the fewest waiting is the least load.
    const target = workers.reduce<PoolWorker | undefined>((best, entry) => (best === undefined || entry.pending.size < best.pending.size ? entry : best), undefined);
    if (!target) {
      void cleanHere([batch]);
      return;
    }
    const id = nextId++;
    target.pending.set(id, batch);
    target.worker.postMessage({ id, documents: batch.documents });
  };

  // Once per run: if the workers die, the main thread cleans the rest rather than start new ones.
  let started = false;
  const startWorkers = () => {
    started = true;
    while (workers.length < wanted) workers.push(spawn());
    for (const batch of waiting.splice(0)) dispatch(batch);
  };

  if (!useWorkers) discardEarlyWorker();
  if (useWorkers && (options.expectedDocuments ?? 0) >= minDocuments) startWorkers();

  return {
    add(position, documents) {
      const slots: (SignedOutcome | undefined)[] = [];
      bySource.set(position, slots);
      for (let offset = 0; offset < documents.length; offset += BATCH) {
        slots.push(undefined);
        const batch = { position, offset, documents: documents.slice(offset, offset + BATCH) };
        if (workers.length > 0) dispatch(batch);
        else waiting.push(batch);
      }
      added += documents.length;
      if (useWorkers && !started && added >= minDocuments) startWorkers();
    },

    async room() {
      if (workers.length === 0) {
        // Workers not wanted, or all dead: the main thread cleans once a backlog has built up.
        // Before the first worker starts, documents simply wait for it.
        if ((!useWorkers || started) && backlog() >= backlogLimit()) await cleanHere(waiting.splice(0));
        return;
      }
      while (backlog() > backlogLimit()) {
        await new Promise<void>((resolve) => {
          roomWaiters.push(resolve);
        });
      }
    },

    async finish() {
      // Too few documents for workers: the main thread cleans what has waited.
      if (waiting.length > 0) await cleanHere(waiting.splice(0));
      // A worker that dies while this waits hands its batches to the main thread: wait for those too.
      while (outstanding() > 0 || draining) {
        if (outstanding() > 0) {
          await new Promise<void>((resolve) => {
            settle = resolve;
          });
        }
        await draining;
      }
      this.close();
      if (failure !== undefined) throw failure;
      return merge(bySource);
    },

    close() {
      discardEarlyWorker();
      for (const entry of workers.splice(0)) void entry.worker.terminate();
      // A collector still waiting for room goes on (a cancelled run ends its collecting itself).
      for (const wake of roomWaiters.splice(0)) wake();
    },

    get threads() {
      return answered.size;
    },

    get stopped() {
      return stopped;
    },

    get backlog() {
      return backlog();
    },
  };
}

// The cleaning modules (HTML parser, sanitiser, language models) are loaded where they are used: on
// the workers, and on the main thread only when it has to clean. A run's start-up is shorter by them.
let cleaner: Promise<typeof import('./cleanDocuments.js')> | undefined;
function loadCleaner(): Promise<typeof import('./cleanDocuments.js')> {
  cleaner ??= import('./cleanDocuments.js');
  return cleaner;
}

function documentsIn(batches: Iterable<Batch>): number {
  let count = 0;
  for (const batch of batches) count += batch.documents.length;
  return count;
}

function merge(bySource: ReadonlyMap<number, readonly (SignedOutcome | undefined)[]>): SignedOutcome {
  const merged: SignedOutcome = { articles: [], failures: [], signatures: [] };
  for (const position of [...bySource.keys()].sort((a, b) => a - b)) {
    for (const outcome of bySource.get(position)!) {
      if (!outcome) continue;
      merged.articles.push(...outcome.articles);
      merged.failures.push(...outcome.failures);
      merged.signatures.push(...outcome.signatures);
    }
  }
  return merged;
}
