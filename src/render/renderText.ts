import { createHandlebars } from './createHandlebars.js';
import type { PreparedRender } from './prepareRender.js';

/**
 * The plain-text part of the email: title, date, the shown stories with their links as bare
 * URLs, and the source problems. Not HTML, so nothing is escaped (`Markets & rates` stays as is).
 */
export function renderText({ locale, view, templates }: PreparedRender): string {
  const hb = createHandlebars(locale, templates.partials, { noEscape: true });
  const text = hb.compile(templates.text)(view);
  // Templates are easier to read with blank lines around blocks; the mail should not have runs of them.
  return `${text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
