import type { Worker } from 'node:worker_threads';
import { describeError } from '../errors.js';
import { startWorker } from '../startWorker.js';
import { compileMjml, type CompiledMjml, type CompileMjml } from './compileMjml.js';

/** MJML on a thread of its own, loading while the main thread does other work. */
export interface MjmlWorker {
  compile: CompileMjml;
  /** Stops the thread; a compile still waiting is done on the calling thread instead. */
  close(): void;
  /** Briefings the worker compiled (the rest were compiled on the calling thread). */
  readonly answered: number;
}

type Answer = { id: number; compiled: CompiledMjml } | { id: number; error: string };

// The worker runs while the main thread groups, when the run's memory peaks. With V8's default
// young generation (16 MB semi-spaces on a machine with much memory) loading MJML kept about
// 12 MB more resident at that peak; at 4 MB the 300-feed benchmark peaked at 265-271 MB instead
// of 274-287, and the render took no longer (it runs on the core the cleaning has left).
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };

/**
 * Starts a worker thread that loads MJML at once (half a second of CPU, 50 MB). A run starts it
 * when its sources are in: the cleaning workers are done with the second core by then, so MJML
 * loads there while the main thread groups the stories, and its memory is not added to the
 * cleaning's peak. A worker that cannot start or dies costs only time: the briefing is compiled
 * on the calling thread.
 */
export function startMjmlWorker(): MjmlWorker {
  const pending = new Map<number, { mjml: string; resolve: (compiled: CompiledMjml) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let answered = 0;
  let worker: Worker | undefined = spawn();

  function spawn(): Worker | undefined {
    try {
      const started = startWorker(new URL('./mjmlWorker.js', import.meta.url), { resourceLimits: WORKER_LIMITS });
      started.on('message', (answer: Answer) => {
        const request = pending.get(answer.id);
        if (!request) return;
        pending.delete(answer.id);
        if (pending.size === 0) started.unref();
        answered++;
        if ('compiled' in answer) request.resolve(answer.compiled);
        else request.reject(new Error(answer.error));
      });
      started.on('error', () => {
        stop();
      });
      started.on('exit', () => {
        stop();
      });
      // The process does not stay up for an idle worker, only for one that has work (compile).
      started.unref();
      return started;
    } catch {
      return undefined;
    }
  }

  // Requests still waiting when the worker goes are compiled here.
  function stop(): void {
    const gone = worker;
    worker = undefined;
    if (gone) void gone.terminate();
    for (const [id, request] of pending) {
      pending.delete(id);
      compileMjml(request.mjml).then(request.resolve, (error: unknown) => {
        request.reject(error instanceof Error ? error : new Error(describeError(error)));
      });
    }
  }

  return {
    compile(mjml) {
      if (!worker) return compileMjml(mjml);
      const id = nextId++;
      const answer = new Promise<CompiledMjml>((resolve, reject) => {
        pending.set(id, { mjml, resolve, reject });
      });
      worker.ref();
      worker.postMessage({ id, mjml });
      return answer;
    },
    close: stop,
    get answered() {
      return answered;
    },
  };
}
