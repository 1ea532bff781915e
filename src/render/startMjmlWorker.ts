import type { Worker } from 'node:worker_threads';
import { describeError } from '../errors.js';
import { startWorker } from '../startWorker.js';
import type { BriefingView } from './buildView.js';
import { compileMjml, type CompiledMjml, type CompileMjml } from './compileMjml.js';
import type { MjmlWorkerSetup } from './mjmlWorker.js';
import { renderHtml, type RenderHtml } from './renderHtml.js';

/** MJML on a thread of its own, loading while the main thread does other work. */
export interface MjmlWorker {
  compile: CompileMjml;
  /**
   * The finished HTML part of a prepared briefing, by the template the worker prepared from its
   * setup. Without a setup, or where the worker fails or is gone, it is rendered here.
   */
  renderHtml: RenderHtml;
  /** Stops the thread; a request still waiting is done on the calling thread instead. */
  close(): void;
  /** Requests the worker answered (the rest were done on the calling thread). */
  readonly answered: number;
}

type Answer = { id: number; compiled: CompiledMjml } | { id: number; error: string };

interface Request {
  /** The same work on the calling thread. */
  here: () => Promise<CompiledMjml>;
  /** A failure on the worker is done again here (a render, whose errors the main thread reports) rather than passed on. */
  retryHere: boolean;
  resolve: (compiled: CompiledMjml) => void;
  reject: (error: Error) => void;
}

// The worker runs while the main thread groups, when the run's memory peaks: a small young
// generation lowers that peak at the same speed (docs/performance.md), as the render runs on the
// core the cleaning has left.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };

/**
 * Starts a worker thread that loads MJML at once. A run starts it
 * when its sources are in: the cleaning workers are done with the second core by then, so MJML
 * loads there while the main thread groups the stories, and its memory is not added to the
 * cleaning's peak. With `setup` (the briefing's own language, time zone and templates folder) it
 * also prepares the HTML template there, so that the main thread only builds the view. A worker that
 * cannot start or dies costs only time: the work is done on the calling thread.
 */
export function startMjmlWorker(setup?: MjmlWorkerSetup): MjmlWorker {
  const pending = new Map<number, Request>();
  let nextId = 0;
  let answered = 0;
  let worker: Worker | undefined = spawn();

  function spawn(): Worker | undefined {
    try {
      const started = startWorker(new URL('./mjmlWorker.js', import.meta.url), { resourceLimits: WORKER_LIMITS, workerData: setup ?? null });
      started.on('message', (answer: Answer) => {
        const request = pending.get(answer.id);
        if (!request) return;
        pending.delete(answer.id);
        if (pending.size === 0) started.unref();
        if ('compiled' in answer) {
          answered++;
          request.resolve(answer.compiled);
        } else if (request.retryHere) doHere(request);
        else request.reject(new Error(answer.error));
      });
      started.on('error', () => {
        stop();
      });
      started.on('exit', () => {
        stop();
      });
      // The process does not stay up for an idle worker, only for one that has work.
      started.unref();
      return started;
    } catch {
      return undefined;
    }
  }

  function doHere(request: Request): void {
    // Called from the worker's events: whatever `here` throws must reach the request.
    Promise.resolve().then(request.here).then(request.resolve, (error: unknown) => {
      request.reject(error instanceof Error ? error : new Error(describeError(error)));
    });
  }

  // Requests still waiting when the worker goes are done here.
  function stop(): void {
    const gone = worker;
    worker = undefined;
    if (gone) void gone.terminate();
    for (const [id, request] of pending) {
      pending.delete(id);
      doHere(request);
    }
  }

  function send(message: { mjml: string } | { view: BriefingView }, here: () => Promise<CompiledMjml>, retryHere: boolean): Promise<CompiledMjml> {
    if (!worker) return here();
    const id = nextId++;
    const answer = new Promise<CompiledMjml>((resolve, reject) => {
      pending.set(id, { here, retryHere, resolve, reject });
    });
    worker.ref();
    worker.postMessage({ id, ...message });
    return answer;
  }

  return {
    compile: (mjml) => send({ mjml }, () => compileMjml(mjml), false),
    renderHtml: (prepared) => (setup ? send({ view: prepared.view }, () => renderHtml(prepared), true) : renderHtml(prepared)),
    close: stop,
    get answered() {
      return answered;
    },
  };
}
