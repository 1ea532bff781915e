import type { LineRules } from './compileRules.js';

export type LineVerdict =
  | { kind: 'boilerplate'; rule: string }
  | { kind: 'metadata'; rule: 'attribution' | 'byline'; value: string }
  | { kind: 'link'; url: string }
  | { kind: 'content' };

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/iu;
// A consent notice is short; a paragraph that discusses cookies at length is an article.
const MAX_NOTICE_LENGTH = 400;
const MAX_LABEL_LENGTH = 200;

/**
 * Decides what one line of text is, on its own: boilerplate (with the rule that says so),
 * metadata, the article's link, or content. Position-dependent decisions (header and footer
 * zones, the repeated headline) are made by the caller.
 */
export function classifyLine(line: string, rules: LineRules): LineVerdict {
  if (URL_ONLY.test(line)) return { kind: 'link', url: line };
  const short = line.length <= MAX_LABEL_LENGTH;
  if (short && rules.button.test(line)) return { kind: 'boilerplate', rule: 'button' };
  if (short && rules.shareRow.test(line)) return { kind: 'boilerplate', rule: 'share' };
  if (isCookieNotice(line, rules)) {
    return { kind: 'boilerplate', rule: 'cookie-notice' };
  }
  if (short && rules.newsletter.test(line)) return { kind: 'boilerplate', rule: 'newsletter' };
  if (short && rules.social.test(line)) return { kind: 'boilerplate', rule: 'share' };
  if (short && rules.related.test(line)) return { kind: 'boilerplate', rule: 'related' };
  if (short && (rules.caption.test(line) || rules.trailingCaption.test(line))) return { kind: 'boilerplate', rule: 'caption' };
  const attribution = rules.attribution.exec(line);
  if (attribution?.[1]) return { kind: 'metadata', rule: 'attribution', value: unquote(attribution[1]) };
  const byline = wordCount(line) <= 8 && !/[.!?؟]$/u.test(line) ? rules.byline.exec(line) : null;
  if (byline?.[1]) return { kind: 'metadata', rule: 'byline', value: byline[1].trim() };
  return { kind: 'content' };
}

/** A notice phrase in the site's voice plus consent vocabulary, in a line short enough to be a banner. */
export function isCookieNotice(line: string, rules: LineRules): boolean {
  if (line.length > MAX_NOTICE_LENGTH) return false;
  const notice = rules.cookieNotice.exec(line);
  if (!notice) return false;
  // The context word must be outside the phrase itself ("this site uses cookies" names the site).
  const rest = line.slice(0, notice.index) + ' ' + line.slice(notice.index + notice[0].length);
  return rules.consentContext.test(rest) || /site|موقع|website/iu.test(notice[0]);
}

export function wordCount(line: string): number {
  return line.split(/\s+/u).filter(Boolean).length;
}

function unquote(text: string): string {
  return text.trim().replace(/^["'“”«»„]+|["'“”«»„.]+$/gu, '').trim();
}
