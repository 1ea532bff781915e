import { load } from 'cheerio';

/**
 * Accessibility fixes MJML leaves to the template author, applied to the compiled HTML.
 *
 * - A layout table without `role="presentation"` is read out as a grid ("table, 3 rows"). MJML 5
 *   gives its own tables the role, but a template may bring its own. A table with a `<th>` or a
 *   `<caption>` is a data table (mj-table may be one) and keeps its semantics.
 * - An image without `alt` is read out by its file name; `alt=""` marks it as decorative. An
 *   image that means something needs a real alt text in the template.
 *
 * The HTML is only parsed and written back when something changes, so MJML's output (with its
 * Outlook conditional comments) normally goes out byte for byte.
 */
export function finishHtml(html: string): string {
  const $ = load(html);
  const layoutTables = $('table:not([role])').filter((_, table) => $(table).find('th, caption').length === 0);
  const bareImages = $('img:not([alt])');
  if (layoutTables.length === 0 && bareImages.length === 0) return html;
  layoutTables.attr('role', 'presentation');
  bareImages.attr('alt', '');
  return $.html();
}
