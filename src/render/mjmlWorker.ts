import { parentPort } from 'node:worker_threads';
import { describeError } from '../errors.js';
import { compileMjml, loadMjml } from './compileMjml.js';

// The worker of startMjmlWorker: loads MJML at once, then compiles each briefing it is sent and
// answers under the request's id, with the HTML or with why it could not.
void loadMjml();
parentPort?.on('message', ({ id, mjml }: { id: number; mjml: string }) => {
  compileMjml(mjml).then(
    (compiled) => parentPort?.postMessage({ id, compiled }),
    (error: unknown) => parentPort?.postMessage({ id, error: describeError(error) }),
  );
});
