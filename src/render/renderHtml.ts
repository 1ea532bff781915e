import type { BriefingView } from './buildView.js';
import { compileMjml, type CompiledMjml, type CompileMjml } from './compileMjml.js';
import { createHandlebars } from './createHandlebars.js';
import { finishEmail } from './finishEmail.js';
import type { Locale } from './locale.js';
import type { Templates } from './loadTemplates.js';
import type { PreparedRender } from './prepareRender.js';

/** Renders the HTML part of a prepared briefing: here by default, or on a run's MJML worker. */
export type RenderHtml = (prepared: PreparedRender) => Promise<CompiledMjml>;

/** The briefing's MJML from its view: the HTML template with the locale's helpers and the partials. */
export function htmlTemplate(locale: Locale, templates: Templates): (view: BriefingView) => string {
  return createHandlebars(locale, templates.partials).compile(templates.html);
}

/** MJML's HTML with the accessibility fixes of finishEmail, and its body for the feeds. */
export async function compileFinished(mjml: string, compile: CompileMjml = compileMjml): Promise<CompiledMjml> {
  const { html, warnings } = await compile(mjml);
  return { ...finishEmail(html), warnings };
}

/**
 * The HTML part: Handlebars fills the MJML template (escaping every value), then MJML turns the
 * whole briefing into email HTML in one pass, here or on the worker a run started for it.
 */
export async function renderHtml({ locale, view, templates }: PreparedRender, compile: CompileMjml = compileMjml): Promise<CompiledMjml> {
  // A template that does not parse throws here, as a rejection of the promise.
  const mjml = htmlTemplate(locale, templates)(view);
  return await compileFinished(mjml, compile);
}
