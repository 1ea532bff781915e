import { compileMjml, type CompileMjml } from './compileMjml.js';
import { createHandlebars } from './createHandlebars.js';
import { finishHtml } from './finishHtml.js';
import type { PreparedRender } from './prepareRender.js';

/**
 * The HTML part: Handlebars fills the MJML template (escaping every value), then MJML turns the
 * whole briefing into email HTML in one pass, here or on the worker a run started for it.
 */
export async function renderHtml({ locale, view, templates }: PreparedRender, compile: CompileMjml = compileMjml): Promise<{ html: string; warnings: string[] }> {
  const hb = createHandlebars(locale, templates.partials);
  const { html, warnings } = await compile(hb.compile(templates.html)(view));
  return { html: finishHtml(html), warnings };
}
