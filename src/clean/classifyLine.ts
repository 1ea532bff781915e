import { isSpace } from '../text/isSpace.js';
import type { LineRules } from './compileRules.js';
import { detectCredits } from './lines/detectCredits.js';
import { detectFollowPrompt } from './lines/detectFollowPrompt.js';
import { detectNavigation } from './lines/detectNavigation.js';
import { detectPhotoCredit } from './lines/detectPhotoCredit.js';
import { detectRoleByline } from './lines/detectRoleByline.js';
import { detectSiteVoice } from './lines/detectSiteVoice.js';

export type LineVerdict =
  | { kind: 'boilerplate'; rule: string }
  | { kind: 'metadata'; rule: 'attribution' | 'byline'; value: string }
  | { kind: 'link'; url: string }
  | { kind: 'content' };

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/iu;
// A consent notice is short; a paragraph that discusses cookies at length is an article.
const MAX_NOTICE_LENGTH = 400;
const MAX_LABEL_LENGTH = 200;
const PROMPT_MAX_WORDS = 15;
// "© 2019 Publishing Corp., a subsidiary of …" is a footer; a longer line with a © in it is a
// paragraph that a photo credit was glued to.
const MAX_COPYRIGHT_WORDS = 25;
// More words than any credit, caption or notice line has: the rules below stop counting there.
const CAPTION_WORDS = 61;
// "Leave a comment" is a short line; an affiliate disclosure is one or two sentences.
const COMMENT_PROMPT_WORDS = 12;
const DISCLOSURE_WORDS = 40;

/**
 * Decides what one line of text is, on its own: boilerplate (with the rule that says so),
 * metadata, the article's link, or content. `noticeFree`: the caller already knows no cookie-notice
 * phrase occurs in the line. Position-dependent decisions (header and footer
 * zones, the repeated headline) are made by the caller.
 */
export function classifyLine(line: string, rules: LineRules, options: { noticeFree?: boolean } = {}): LineVerdict {
  // The user's own rules first: they know their sources better than any phrase pack.
  if (rules.userLine?.test(line)) return { kind: 'boilerplate', rule: 'user-line' };
  if (rules.userPattern?.test(line)) return { kind: 'boilerplate', rule: 'user-pattern' };
  if (URL_ONLY.test(line)) return { kind: 'link', url: line };
  const short = line.length <= MAX_LABEL_LENGTH;
  if (short && rules.button.test(line)) return { kind: 'boilerplate', rule: 'button' };
  if (short && rules.shareRow.test(line)) return { kind: 'boilerplate', rule: 'share' };
  if (short && rules.captionControl.test(line)) return { kind: 'boilerplate', rule: 'caption-control' };
  if (short && detectNavigation(line)) return { kind: 'boilerplate', rule: 'navigation' };
  if (!options.noticeFree && isCookieNotice(line, rules)) {
    return { kind: 'boilerplate', rule: 'cookie-notice' };
  }
  // Counted once, up to the longest limit below; each rule compares with its own.
  const words = wordCount(line, CAPTION_WORDS);
  // Prompts are short: "Follow us on the long road to…" in a longer sentence is prose.
  const prompt = words <= PROMPT_MAX_WORDS;
  if (prompt && rules.newsletter.test(line)) return { kind: 'boilerplate', rule: 'newsletter' };
  if (prompt && rules.social.test(line)) return { kind: 'boilerplate', rule: 'share' };
  if (short && rules.related.test(line)) return { kind: 'boilerplate', rule: 'related' };
  if (short && (rules.caption.test(line) || rules.trailingCaption.test(line))) return { kind: 'boilerplate', rule: 'caption' };
  if (detectSiteVoice(line, words, rules.commentPolicy, COMMENT_PROMPT_WORDS)) return { kind: 'boilerplate', rule: 'comment-policy' };
  if (detectSiteVoice(line, words, rules.siteNotices, DISCLOSURE_WORDS)) return { kind: 'boilerplate', rule: 'site-notice' };
  if (detectFollowPrompt(line, words)) return { kind: 'boilerplate', rule: 'share' };
  if (words <= MAX_COPYRIGHT_WORDS && (line.includes('©') || rules.rightsReserved.test(line))) return { kind: 'boilerplate', rule: 'copyright' };
  // The control glued to its caption ("… HIDE CAPTION") makes the whole line a caption.
  if (rules.captionControlEnd.test(line) || detectPhotoCredit(line, words)) return { kind: 'boilerplate', rule: 'caption' };
  const attribution = rules.attribution.exec(line);
  if (attribution?.[1]) return { kind: 'metadata', rule: 'attribution', value: unquote(attribution[1]) };
  const byline = words <= 8 && !/[.!?؟۔。]$/u.test(line) ? rules.byline.exec(line) : null;
  if (byline?.[1] && looksLikeNames(byline[1])) return { kind: 'metadata', rule: 'byline', value: byline[1].trim() };
  const named = words <= 10 ? detectRoleByline(line) : undefined;
  if (named) return { kind: 'metadata', rule: 'byline', value: named };
  if (detectCredits(line, words, rules.credits)) return { kind: 'boilerplate', rule: 'credits' };
  return { kind: 'content' };
}

// A notice phrase that names the site ("this site uses cookies") is in the site's voice by itself.
const SITE = /site|sito|sitio|сайт|موقع|سایت|سائٹ|网站|網站|サイト|seite|web/iu;

/** A notice phrase in the site's voice plus consent vocabulary, in a line short enough to be a banner. */
export function isCookieNotice(line: string, rules: LineRules): boolean {
  if (line.length > MAX_NOTICE_LENGTH) return false;
  const notice = rules.cookieNotice.exec(line);
  if (!notice) return false;
  // The context word must be outside the phrase itself ("this site uses cookies" names the site).
  const rest = line.slice(0, notice.index) + ' ' + line.slice(notice.index + notice[0].length);
  return rules.consentContext.test(rest) || SITE.test(notice[0]);
}

/**
 * Words in a line: space-separated tokens, and about one word per two CJK characters (Chinese and
 * Japanese write words without spaces). Counted in one pass without splitting: this runs several
 * times on every line of every article. With `atMost`, counting stops as soon as the count is
 * past it (the result is then some number above it): whether a paragraph has more than fifteen
 * words is known after fifteen of them.
 */
export function wordCount(line: string, atMost = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let inToken = false;
  let cjk = 0;
  const endToken = () => {
    if (inToken) count += cjk === 0 ? 1 : Math.ceil(cjk / 2);
    inToken = false;
    cjk = 0;
  };
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (isSpace(code)) {
      endToken();
      if (count > atMost) return count;
    } else {
      inToken = true;
      if (isCjk(code)) cjk++;
    }
  }
  endToken();
  return count;
}

// Kana, CJK ideographs (extension A, unified, compatibility).
function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * "By Hannah Corbett, Environment Correspondent" names people; "Por que o Banco Central…" is a
 * heading. In scripts with capitals, most words of a byline start with one.
 */
function looksLikeNames(rest: string): boolean {
  const words = rest.split(/\s+/u).filter((word) => /^\p{L}/u.test(word));
  const cased = words.filter((word) => /^[\p{Lu}\p{Ll}]/u.test(word));
  if (cased.length === 0) return true;
  return cased.filter((word) => /^\p{Lu}/u.test(word)).length * 2 >= cased.length;
}

function unquote(text: string): string {
  return text.trim().replace(/^["'“”«»„]+|["'“”«»„.]+$/gu, '').trim();
}
