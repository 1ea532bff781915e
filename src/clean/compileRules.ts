import { compileUserPatterns, type LineTest } from './compileUserPatterns.js';
import { phrasesRegex, phraseSource } from './phraseRegex.js';
import { mergePacks, PHRASE_PACKS, type PhrasePack } from './phrases/index.js';

/** The phrase packs turned into the regular expressions the line classifier uses. */
export interface LineRules {
  cookieNotice: RegExp;
  consentContext: RegExp;
  button: RegExp;
  shareRow: RegExp;
  /** A share label glued to what follows it without a space, as scrapers leave it. */
  gluedShare: RegExp;
  social: RegExp;
  related: RegExp;
  /** A caption credit closing a line: "… (Photo: AFP)", "… (صورة أرشيفية)". */
  trailingCaption: RegExp;
  newsletter: RegExp;
  attribution: RegExp;
  wireAttribution: RegExp;
  caption: RegExp;
  byline: RegExp;
  /** A hide/show caption control as a whole line ("HIDE CAPTION"). */
  captionControl: RegExp;
  /** The same control glued to the end of the caption it belongs to ("… Hide Caption"). */
  captionControlEnd: RegExp;
  /** "… contributed to this report", "Reporting by …; Editing by …". */
  credits: RegExp;
  /** A comment section's policy, disclaimer or prompt. */
  commentPolicy: RegExp;
  /** Affiliate disclosures and inbox prompts in the site's voice. */
  siteNotices: RegExp;
  /** "All rights reserved", "جميع الحقوق محفوظة". */
  rightsReserved: RegExp;
  /** The user's `cleaning.removeLines` as one whole-line regex, if any. */
  userLine?: RegExp;
  /** The user's `cleaning.removePatterns`, all in one test, if any. */
  userPattern?: LineTest;
  /** The user's `cleaning.removeSelectors`, applied to HTML before the content is looked for. */
  selectors: readonly string[];
}

/** A user's own rules: global `cleaning` and a source's `cleaning`, merged. */
export interface UserRules {
  removeLines?: readonly string[];
  removePatterns?: readonly string[];
  removeSelectors?: readonly string[];
}

const SEPARATORS = String.raw`[\s|·•/,:;،\-–—]*`;

/**
 * Compiles the phrase packs (and the user's own rules) once; the result is shared by every
 * document of a source. Patterns were checked by the config validation, so they compile here.
 * The built-in regexes are JavaScript's, written to be fast; the user's patterns go to a
 * linear-time engine, as nobody checked them (compileUserPatterns).
 */
export function compileRules(user: UserRules = {}, packs: readonly PhrasePack[] = Object.values(PHRASE_PACKS)): LineRules {
  const all = mergePacks(packs);
  const userLines = user.removeLines ?? [];
  const userPattern = compileUserPatterns(user.removePatterns ?? []);
  const share = all.share.map(phraseSource).join('|');
  const labels = (words: readonly string[]) => words.map(phraseSource).join('|');
  // Only the controls of two words or more can close a caption: a sentence may well end in "caption".
  const gluedControls = all.captionControls.filter((phrase) => /\s/u.test(phrase.trim()));
  return {
    cookieNotice: phrasesRegex(all.cookieNotice, 'anywhere'),
    // A consent word must start a word in alphabetic scripts; Chinese and Japanese have no spaces.
    consentContext: new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u0370-\\u052F\\u0600-\\u06FF])(?:${labels(all.consentContext)})`, 'iu'),
    button: new RegExp(`^(?:${labels(all.buttons)})[.!]?$`, 'iu'),
    shareRow: new RegExp(`^(?:(?:${share})${SEPARATORS})+$`, 'iu'),
    gluedShare: new RegExp(`(${share})(?=https?://|www\\.)`, 'giu'),
    social: phrasesRegex(all.social, 'start'),
    trailingCaption: new RegExp(`[(\\[](?:${labels(all.caption)})(?:\\s*[:：][^)\\]]*)?[)\\]]$`, 'iu'),
    related: new RegExp(`^(?:${labels(all.related)})(?:\\s*[:：|»›>\\-–—]|$)`, 'iu'),
    newsletter: phrasesRegex(all.newsletter, 'start'),
    attribution: new RegExp(`^(?:${labels(all.attribution)})\\s*[:：]\\s*(.{1,80})$`, 'iu'),
    // "(Reuters) -", "PARIS (AFP) —": a wire service credited at the start of the first paragraph.
    wireAttribution: /^(?:[\p{Lu}][\p{Lu}\p{L} ,.'-]{0,40}\s)?\(([\p{L}][\p{L}\p{N} .&/-]{1,30})\)\s*[-–—]\s+/u,
    caption: new RegExp(`^[(\\[]?(?:${labels(all.caption)})\\s*[:：]`, 'iu'),
    byline: new RegExp(`^(?:${labels(all.byline)})\\s+(\\S.{1,60})$`, 'iu'),
    captionControl: new RegExp(`^(?:${labels(all.captionControls)})[.!]?$`, 'iu'),
    captionControlEnd: gluedControls.length > 0 ? new RegExp(`\\s(?:${labels(gluedControls)})$`, 'iu') : /(?!)/u,
    credits: phrasesRegex(all.credits, 'anywhere'),
    commentPolicy: phrasesRegex(all.commentPolicy, 'anywhere'),
    siteNotices: phrasesRegex(all.siteNotices, 'anywhere'),
    rightsReserved: phrasesRegex(all.rightsReserved, 'anywhere'),
    ...(userLines.length > 0 ? { userLine: new RegExp(`^(?:${labels(userLines)})[.!:]?$`, 'iu') } : {}),
    ...(userPattern ? { userPattern } : {}),
    selectors: [...(user.removeSelectors ?? [])],
  };
}
