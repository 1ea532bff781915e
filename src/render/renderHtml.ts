import mjml2html from 'mjml';
import { createHandlebars } from './createHandlebars.js';
import type { PreparedRender } from './prepareRender.js';

/**
 * The HTML part: Handlebars fills the MJML template (escaping every value), then MJML turns the
 * whole briefing into email HTML in one pass. MJML problems do not stop the mail: with
 * `validationLevel: 'soft'` it still renders, and each problem becomes a warning.
 */
export async function renderHtml({ locale, view, templates }: PreparedRender): Promise<{ html: string; warnings: string[] }> {
  const hb = createHandlebars(locale, templates.partials);
  const mjml = hb.compile(templates.html)(view);
  const result = await mjml2html(mjml, {
    validationLevel: 'soft',
    keepComments: false,
    // No web-font <link>s: they fetch from Google on open (a tracking concern) and add weight.
    fonts: {},
    // Partials come from Handlebars; mj-include would read files relative to the working directory.
    ignoreIncludes: true,
    minify: true,
    minifyOptions: { minifyCss: false },
  });
  const warnings = result.errors.map((error) => `mjml: line ${error.line} (${error.tagName}): ${error.message}`);
  return { html: result.html, warnings };
}
