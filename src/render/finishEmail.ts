import { load } from 'cheerio/slim';
import render from 'dom-serializer';
import { feedBodyOf } from './feedBodyOf.js';

/** The email's HTML as sent and archived, and its body as the archive's feeds show it. */
export interface FinishedEmail {
  html: string;
  /**
   * feedBodyOf the HTML, made from the parse the fixes needed anyway: the feeds of the archive
   * need it for today's email, and reading the email again for it was the main thread's first
   * (cold) parse after the render.
   */
  feedBody: string;
}

/**
 * Accessibility fixes MJML leaves to the template author, applied to the compiled HTML.
 *
 * - A layout table without `role="presentation"` is read out as a grid ("table, 3 rows"). MJML 5
 *   gives its own tables the role, but a template may bring its own. A table with a `<th>` or a
 *   `<caption>` is a data table (mj-table may be one) and keeps its semantics.
 * - An image without `alt` is read out by its file name; `alt=""` marks it as decorative. An
 *   image that means something needs a real alt text in the template.
 *
 * The HTML is only written back when something changes, so MJML's output (with its Outlook
 * conditional comments) normally goes out byte for byte. It is read with htmlparser2, which keeps
 * the markup as written (no `<tbody>` added, nothing moved out of a table), and written in UTF-8
 * with only `&`, `<`, `>`, quotes and no-break spaces escaped and empty attributes as `alt=""`.
 * cheerio's default parser, parse5, took twice as long and brought undici and three more packages
 * to load with it.
 */
export function finishEmail(html: string): FinishedEmail {
  const $ = load(html);
  const layoutTables = $('table:not([role])').filter((_, table) => $(table).find('th, caption').length === 0);
  const bareImages = $('img:not([alt])');
  if (layoutTables.length === 0 && bareImages.length === 0) return { html, feedBody: feedBodyOf($) };
  layoutTables.attr('role', 'presentation');
  bareImages.attr('alt', '');
  const finished = render($.root().contents().toArray(), { encodeEntities: 'utf8', emptyAttrs: true });
  // Read again from the HTML as written, so the body is to the byte what a reading of the
  // archived email gives (a rewrite is rare: the project's templates need none).
  return { html: finished, feedBody: feedBodyOf(load(finished)) };
}
