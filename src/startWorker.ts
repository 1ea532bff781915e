import { Worker, type WorkerOptions } from 'node:worker_threads';

/** True when this code runs from its TypeScript sources (tests through tsx), not from dist/. */
export const FROM_SOURCES = import.meta.url.endsWith('.ts');

/**
 * Starts a worker thread on a module given by its compiled address (`./cleanWorker.js` next to
 * the caller: the build puts every file directly in dist/, where worker entries and the code that
 * starts them are siblings, as they are in their src/ folder). Run from TypeScript sources, where
 * there is no compiled file, the worker registers tsx first (Node 20 workers do not inherit the
 * main thread's module hooks) and loads the .ts file instead.
 */
export function startWorker(module: URL, options: WorkerOptions = {}): Worker {
  if (!FROM_SOURCES) return new Worker(module, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const script = module.href.replace(/\.js$/, '.ts');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
  return new Worker(code, { ...options, eval: true });
}
