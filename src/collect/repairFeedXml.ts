export interface RepairedXml {
  xml: string;
  /** What was changed, in words, for the source's warnings; empty when nothing needed repair. */
  repairs: string[];
}

interface Repair {
  description: string;
  apply(xml: string): string;
}

// An entity or character reference that XML (or the HTML entities sax knows) can read.
const BARE_AMPERSAND = /&(?![A-Za-z][\w.-]*;|#\d+;|#x[\dA-Fa-f]+;)/g;
const ATOM_DATE = /<(published|updated)(\s[^>]*)?>([^<]*)<\/\1>/g;

// Each repair answers a way real feeds break rss-parser (all seen in the wild): one unescaped
// "AT&T" or one garbled date would otherwise lose every item of the feed.
const REPAIRS: Repair[] = [
  {
    description: 'removed text before the first tag',
    apply: (xml) => xml.replace(/^[\s\S]*?(?=<[?!A-Za-z])/, ''),
  },
  {
    description: 'escaped bare "&" characters',
    apply: (xml) => outsideCdata(xml, (part) => part.replace(BARE_AMPERSAND, '&amp;')),
  },
  {
    description: 'added the missing version="2.0" to <rss>',
    apply: (xml) => xml.replace(/<rss\b(?![^>]*\sversion\s*=)/, '<rss version="2.0"'),
  },
  {
    description: 'wrapped the items of <rss> in the missing <channel>',
    apply: (xml) =>
      /<rss\b/.test(xml) && !/<channel\b/.test(xml)
        ? xml.replace(/(<rss\b[^>]*>)/, '$1<channel>').replace(/<\/rss>\s*$/, '</channel></rss>')
        : xml,
  },
  {
    // rss-parser calls `new Date(value).toISOString()` on Atom dates, which throws on a bad one;
    // as <pubDate> the value is kept raw, so the item survives and gets a warning instead.
    description: 'kept unreadable Atom dates as text',
    apply: (xml) =>
      /<feed\b/.test(xml)
        ? xml.replace(ATOM_DATE, (element, _name, _attributes, value: string) =>
            Number.isNaN(Date.parse(value.trim())) ? `<pubDate>${value}</pubDate>` : element,
          )
        : xml,
  },
];

/** Fixes the common ways feeds fail to be well-formed, so one parse retry can read them. */
export function repairFeedXml(xml: string): RepairedXml {
  const repairs: string[] = [];
  let current = xml.trimStart();
  for (const repair of REPAIRS) {
    const next = repair.apply(current);
    if (next !== current) repairs.push(repair.description);
    current = next;
  }
  return { xml: current, repairs };
}

// Inside CDATA an "&" is already literal: escaping it there would put "&amp;" into the text.
function outsideCdata(xml: string, change: (part: string) => string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, index) => (index % 2 === 0 ? change(part) : part))
    .join('');
}
