import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';

/** A feed from tests/fixtures/feeds/, as text. */
export function readFeedFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');
}

/** Arabic item texts written for these tests; the first title uses letters with shadda and hamza. */
export const ARABIC_TITLES = ['افتتاح معرض الكتاب في عمّان', 'ارتفاع أسعار القمح في الأسواق العالمية'] as const;
export const ARABIC_BODY = '<p>قال تجار إن أسعار القمح ارتفعت هذا الأسبوع بسبب موجة جفاف طويلة.</p>';

/**
 * An RSS 2.0 feed of Arabic news in the given encoding. `declared` is what the XML declaration
 * says (omitted: no declaration at all); `extraTitle` adds an item whose title only some encodings hold.
 */
export function encodeArabicFeed(encoding: string, options: { declared?: string; extraTitle?: string } = {}): Buffer {
  const titles = options.extraTitle === undefined ? ARABIC_TITLES : [...ARABIC_TITLES, options.extraTitle];
  const items = titles
    .map((title, index) => `<item><title>${title}</title><link>https://akhbar.example/${index + 1}</link><description><![CDATA[${ARABIC_BODY}]]></description></item>`)
    .join('\n');
  const declaration = options.declared === undefined ? '' : `<?xml version="1.0" encoding="${options.declared}"?>\n`;
  const xml = `${declaration}<rss version="2.0"><channel><title>أخبار اليوم</title>\n${items}\n</channel></rss>`;
  const bytes = iconv.encode(xml, encoding);
  // A character the encoding lacks becomes "?": that would make the test prove nothing.
  if (iconv.decode(bytes, encoding) !== xml) throw new Error(`the Arabic fixture does not fit in ${encoding}`);
  return bytes;
}
