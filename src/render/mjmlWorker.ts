import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from '../errors.js';
import type { BriefingView } from './buildView.js';
import { compileMjml, loadMjml } from './compileMjml.js';
import { createLocale } from './locale.js';
import { loadTemplates } from './loadTemplates.js';
import { compileFinished, htmlTemplate } from './renderHtml.js';

// The worker of startMjmlWorker: loads MJML at once, then compiles each MJML document, or renders
// each briefing view, it is sent, and answers under the request's id with the HTML or with why it
// could not.

/** What a run tells its MJML worker when it starts it: enough to prepare the HTML template. */
export interface MjmlWorkerSetup {
  language: string;
  timezone: string;
  templatesDir?: string;
}

const setup = workerData as MjmlWorkerSetup | null;

// The HTML template of the run's language and templates, compiled by Handlebars here while the
// main thread groups the stories, rather than on the main thread after them.
const template = setup ? loadTemplates(setup.templatesDir).then((templates) => htmlTemplate(createLocale(setup.language, setup.timezone), templates)) : undefined;
// Awaited by each render; one that failed is reported by the main thread, which renders again.
template?.catch(() => undefined);

// A process's first compile costs more than the next (htmlnano loads its modules, and
// MJML's code runs for the first time), and a template's first use is when Handlebars compiles it.
// As soon as MJML is loaded, a small briefing is rendered through the run's template (or, without
// one, this small document with the elements the templates use), while the main thread is still
// grouping the stories, so that the briefing's own render is not the first.
const WARM_UP = `<mjml><mj-head><mj-title>·</mj-title><mj-preview>·</mj-preview><mj-attributes><mj-all font-family="Arial" /><mj-text padding="0" /></mj-attributes></mj-head>
<mj-body><mj-section><mj-column><mj-spacer height="8px" /><mj-text><h2 style="margin:0">·</h2><p>·</p></mj-text></mj-column></mj-section></mj-body></mjml>`;
const WARM_VIEW: BriefingView = {
  title: 'Daily Briefing',
  date: '2026-01-01',
  generatedAt: '2026-01-01T06:00:00.000Z',
  language: 'en',
  dir: 'ltr',
  align: 'left',
  preview: '·',
  empty: null,
  topics: [
    {
      name: '·',
      isolate: null,
      anchor: 'topic-1',
      top: true,
      hidden: 0,
      also: [],
      unlisted: 0,
      stories: [{ title: '·', summary: '·', language: 'en', dir: 'ltr', align: 'left', link: 'https://example.org/', outlets: [{ name: '·', url: 'https://example.org/', isolate: null }], outletCount: 1, moreOutlets: 0, foreign: false, minutes: 1, lead: true }],
    },
  ],
  problems: [{ name: '·', isolate: null, status: 'failed', statusLabel: '·', reason: '·', reasonIsolate: null, note: '·' }],
  leftOut: [{ name: '·', isolate: null, note: '·' }],
  notices: [],
  stats: { articles: 1, stories: 1, shownStories: 1 },
  unsubscribe: null,
};
void loadMjml()
  .then(async () => {
    const render = await template;
    await (render ? compileFinished(render(WARM_VIEW)) : compileMjml(WARM_UP));
  })
  // A warm-up that fails costs nothing: the briefing's own render reports its problems.
  .catch(() => undefined);

type Request = { id: number; mjml: string } | { id: number; view: BriefingView };

parentPort?.on('message', (request: Request) => {
  const answer = 'mjml' in request ? compileMjml(request.mjml) : renderView(request.view);
  answer.then(
    (compiled) => parentPort?.postMessage({ id: request.id, compiled }),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: describeError(error) }),
  );
});

async function renderView(view: BriefingView) {
  const render = await template;
  if (!render) throw new Error('the MJML worker was started without a template to render with');
  return compileFinished(render(view));
}
