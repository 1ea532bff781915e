import { parentPort } from 'node:worker_threads';
import { describeError } from '../errors.js';
import { compileMjml, loadMjml } from './compileMjml.js';

// The worker of startMjmlWorker: loads MJML at once, then compiles each briefing it is sent and
// answers under the request's id, with the HTML or with why it could not.

// A process's first compile costs about 60 ms more than the next (htmlnano loads its modules, and
// MJML's code runs for the first time). This small document, with the elements the templates use,
// is compiled as soon as MJML is loaded, while the main thread is still grouping the stories, so
// that the briefing's own compile is not the first.
const WARM_UP = `<mjml><mj-head><mj-title>·</mj-title><mj-preview>·</mj-preview><mj-attributes><mj-all font-family="Arial" /><mj-text padding="0" /></mj-attributes></mj-head>
<mj-body><mj-section><mj-column><mj-spacer height="8px" /><mj-text><h2 style="margin:0">·</h2><p>·</p></mj-text></mj-column></mj-section></mj-body></mjml>`;
void loadMjml()
  .then(() => compileMjml(WARM_UP))
  // A warm-up that fails costs nothing: the briefing's compile reports its own problems.
  .catch(() => undefined);

parentPort?.on('message', ({ id, mjml }: { id: number; mjml: string }) => {
  compileMjml(mjml).then(
    (compiled) => parentPort?.postMessage({ id, compiled }),
    (error: unknown) => parentPort?.postMessage({ id, error: describeError(error) }),
  );
});
