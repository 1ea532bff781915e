import * as cheerio from 'cheerio';
import { isComment } from 'domhandler';

/**
 * The part of an archived email that belongs in a feed entry: the inside of its `<body>`, without
 * the hidden inbox-preview line (feed readers drop inline styles, so it would show as a stray first
 * line) and without comments (Outlook's `<!--[if mso]>` tables mean nothing to a feed reader).
 */
export function bodyOfEmail(html: string): string {
  const $ = cheerio.load(html);
  const body = $('body');
  body.find('[style*="display:none"]').remove();
  body
    .find('*')
    .addBack()
    .contents()
    .filter((_, node) => isComment(node))
    .remove();
  return (body.html() ?? '').trim();
}
