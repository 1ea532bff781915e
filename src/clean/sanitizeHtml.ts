import sanitize from 'sanitize-html';
import { limitNesting } from '../collect/limitNesting.js';

/** What the sanitiser read from elements it does not let through (`<meta>`, `<link>`). */
export interface PageMetadata {
  /** `<meta property="og:title">`. */
  ogTitle?: string;
  /** `<link rel="canonical">`, else `<meta property="og:url">`, as written (made absolute later). */
  link?: string;
}

export interface SanitizedHtml {
  html: string;
  metadata: PageMetadata;
}

/**
 * Tags deeper than this are dropped (their text is kept): 100,000 nested <div>s from a hostile
 * feed must not cost a stack overflow in any tree walk after this one. Real pages nest 30–60 deep.
 */
export const MAX_NESTING = 256;

// The structure the extractor reads (sections, paragraphs, lists, tables, headings, figures) and
// inline text. No script, style, form, iframe, object, embed, meta, base or link: whatever is not
// here is dropped, and the elements below are dropped with their content.
const ALLOWED_TAGS = [
  ...sanitize.defaults.allowedTags.filter((tag) => tag !== 'menu'),
  'html', 'head', 'body', 'title', 'img', 'picture', 'video', 'audio', 'center', 'font', 'big', 'tt', 'strike', 'ins', 'del',
];
// Dropped with everything inside, as the extractor already did with these (they never hold
// article text): code, styles, embedded documents, form controls and their labels. <object> and
// <applet> lose only their tags: what they hold is the fallback text meant for readers.
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset', 'noframes',
  'button', 'select', 'option', 'textarea', 'dialog', 'xmp', 'plaintext', 'noembed',
];
const URL_SCHEMES = ['http', 'https', 'mailto'];

/**
 * Passes a feed item's or page's HTML through an allowlist (sanitize-html): only text and
 * structure survive, no event handler or style attribute, no javascript:, vbscript: or data: URL,
 * links absolute with rel="noopener noreferrer". The briefing never shows article HTML (the
 * cleaning stage turns it into plain text, which Handlebars escapes), so this is a second wall:
 * nothing a page could run or load gets past the cleaning stage, whatever a later template does.
 *
 * `<meta>` and `<link>` are not let through; the page's og:title and canonical address are read
 * from them on the way and returned as data.
 */
export function sanitizeHtml(html: string, baseUrl?: string): SanitizedHtml {
  const metadata: PageMetadata = {};
  let canonical: string | undefined;
  let ogUrl: string | undefined;
  const safe = sanitize(limitNesting(html), {
    allowedTags: ALLOWED_TAGS,
    nonTextTags: DROPPED_WITH_CONTENT,
    disallowedTagsMode: 'discard',
    allowedAttributes: {
      // What the extractor reads: class/id words, ARIA roles, hidden flags, language and direction.
      // data-* stays so that users' removeSelectors such as [data-component="ad"] still match.
      '*': ['class', 'id', 'role', 'aria-*', 'hidden', 'lang', 'dir', 'itemprop', 'data-*'],
      a: ['href', 'rel', 'title'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      time: ['datetime'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
    },
    allowedSchemes: URL_SCHEMES,
    // Images only from the web: no data: (it can carry SVG with script) and no tracking by mailto.
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    parseStyleAttributes: false,
    // Feed HTML is often XHTML: <iframe/> and <object/> end there, instead of swallowing the rest.
    parser: { recognizeSelfClosing: true },
    nestingLimit: MAX_NESTING,
    transformTags: {
      // A form is a container the extractor prunes on its own merits; its controls are gone.
      form: (_tag, attribs) => ({ tagName: 'div', attribs: keep(attribs, ['class', 'id']) }),
      a: (_tag, attribs) => ({ tagName: 'a', attribs: link(attribs, baseUrl) }),
      img: (_tag, attribs) => ({ tagName: 'img', attribs: image(attribs, baseUrl) }),
      // Styles go, but what they say about visibility stays: hidden text is not article text.
      '*': (tag, attribs) => ({ tagName: tag, attribs: hiddenByStyle(attribs) }),
    },
    onOpenTag: (tag, attribs) => {
      if (tag === 'meta' && attribs.content) {
        const property = (attribs.property ?? attribs.name ?? '').toLowerCase();
        if (property === 'og:title') metadata.ogTitle ??= attribs.content;
        else if (property === 'og:url') ogUrl ??= attribs.content;
      } else if (tag === 'link' && attribs.href && /(?:^|\s)canonical(?:\s|$)/i.test(attribs.rel ?? '')) canonical ??= attribs.href;
    },
  });
  const declared = canonical ?? ogUrl;
  if (declared !== undefined) metadata.link = declared;
  return { html: safe, metadata };
}

function keep(attribs: Record<string, string>, names: readonly string[]): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of names) if (attribs[name] !== undefined) kept[name] = attribs[name];
  return kept;
}

function hiddenByStyle(attribs: Record<string, string>): Record<string, string> {
  const { style, ...rest } = attribs;
  if (rest.hidden !== undefined) rest.hidden = 'hidden';
  if (style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style)) rest.hidden = 'hidden';
  return rest;
}

function link(attribs: Record<string, string>, baseUrl: string | undefined): Record<string, string> {
  const kept = keep(hiddenByStyle(attribs), ['class', 'id', 'role', 'aria-hidden', 'hidden', 'lang', 'dir', 'title']);
  const href = absolute(attribs.href, baseUrl, URL_SCHEMES);
  return { ...kept, ...(href ? { href } : {}), rel: 'noopener noreferrer' };
}

function image(attribs: Record<string, string>, baseUrl: string | undefined): Record<string, string> {
  const kept = keep(hiddenByStyle(attribs), ['class', 'id', 'alt', 'title', 'width', 'height', 'hidden']);
  const src = absolute(attribs.src, baseUrl, ['http', 'https']);
  return { ...kept, ...(src ? { src } : {}) };
}

/** The address made absolute against the page's, when its scheme is allowed; else nothing. */
function absolute(address: string | undefined, baseUrl: string | undefined, schemes: readonly string[]): string | undefined {
  // Browsers ignore control characters and surrounding spaces in URLs ("java\tscript:"): so does URL.
  const trimmed = address?.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, baseUrl);
  } catch {
    return undefined;
  }
  return schemes.includes(url.protocol.slice(0, -1)) ? url.href : undefined;
}
