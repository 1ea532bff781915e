import { createHandlebars } from './createHandlebars.js';
import { finishHtml } from './finishHtml.js';
import type { PreparedRender } from './prepareRender.js';

// MJML and its dependencies take about 300 ms to load: loaded on first use, or earlier by
// preloadRenderer while the CPU is otherwise idle, not at start-up.
let loading: Promise<{ default: typeof import('mjml') }> | undefined;
const loadMjml = () => (loading ??= import('mjml'));

/** Starts loading MJML in the background, so that rendering does not wait for it later. */
export function preloadRenderer(): void {
  void loadMjml();
}

/**
 * The HTML part: Handlebars fills the MJML template (escaping every value), then MJML turns the
 * whole briefing into email HTML in one pass. MJML problems do not stop the mail: with
 * `validationLevel: 'soft'` it still renders, and each problem becomes a warning.
 */
export async function renderHtml({ locale, view, templates }: PreparedRender): Promise<{ html: string; warnings: string[] }> {
  const hb = createHandlebars(locale, templates.partials);
  const mjml = hb.compile(templates.html)(view);
  const { default: mjml2html } = await loadMjml();
  const result = await mjml2html(mjml, {
    validationLevel: 'soft',
    keepComments: false,
    // No web-font <link>s: they fetch from Google on open (a tracking concern) and add weight.
    fonts: {},
    // Partials come from Handlebars; mj-include would read files relative to the working directory.
    ignoreIncludes: true,
    // MJML's indentation is about a fifth of a 40-story briefing, and Gmail clips at ~102 KB
    // (see checkHtmlSize.ts). htmlnano's "safe" preset collapses whitespace and drops empty
    // attributes and plain comments (Outlook's conditional ones stay); its CSS step needs cssnano,
    // which we do not install, and the inline styles are short already.
    minify: true,
    minifyOptions: { minifyCss: false },
  });
  const warnings = result.errors.map((error) => `mjml: line ${error.line} (${error.tagName}): ${error.message}`);
  return { html: finishHtml(result.html), warnings };
}
