import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';
import { letterAt } from './isLetter.js';
import { loadEld } from './loadEld.js';

// Loaded with the module, so that every importer gets a ready detector.
const eld = await loadEld();

/**
 * franc names individual languages (ISO 639-3); readers and `lang` attributes expect the
 * macrolanguage's two-letter code, e.g. Standard Arabic `arb` is `ar`, Iranian Persian `pes` is `fa`.
 */
const MACROLANGUAGE_MEMBERS: Readonly<Record<string, string>> = {
  arb: 'ar',
  pes: 'fa',
  prs: 'fa',
  cmn: 'zh',
  zlm: 'ms',
  uzn: 'uz',
  azj: 'az',
  npi: 'ne',
  swh: 'sw',
  ory: 'or',
  khk: 'mn',
  plt: 'mg',
  ydd: 'yi',
  gaz: 'om',
  lvs: 'lv',
  ekk: 'et',
  als: 'sq',
  knc: 'kr',
  hms: 'hmn',
};

// The languages news readers are likely to get, in the scripts franc tells apart; comparing a
// text with fewer candidates makes detection several times faster on this hot path.
const CANDIDATES = [
  'eng', 'fra', 'deu', 'spa', 'por', 'ita', 'nld', 'pol', 'ces', 'slk', 'ron', 'hun', 'swe', 'dan', 'nob', 'fin',
  'ind', 'zlm', 'vie', 'tgl', 'swh', 'tur', 'azj', 'uzn', 'hrv', 'bos', 'slv', 'lit', 'lvs', 'ekk', 'als', 'cat',
  'rus', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kaz',
  'arb', 'pes', 'prs', 'urd', 'pbu', 'ckb',
  'heb', 'ydd', 'ell', 'hye', 'kat', 'hin', 'mar', 'nep', 'ben', 'pan', 'guj', 'tam', 'tel', 'kan', 'mal', 'sin',
  'tha', 'lao', 'khm', 'mya', 'amh', 'cmn', 'jpn', 'kor',
];

// Three hundred characters tell the language as well as the whole text: on 734 news texts of the
// eval sets (English, Arabic, German, Chinese and others) franc agreed with its verdict on 3,000
// characters as often at 300 as at 600 (732 times), at half the cost; at 200, 723 times. ELD needs
// fewer: on 1,004 texts (both extraction sets, ECB+, ANT) its verdict on 150 characters matched the
// verdict on 3,000 every time, 4 times by handing over to franc (at 100, 6 differed), at two
// thirds of the cost of 300.
/** How many code units at the start of a text detectLanguage reads. */
export const LANGUAGE_SAMPLE = 300;
const QUICK_SAMPLE = 150;
const MIN_LENGTH = 20;

/**
 * The language of a text as a BCP 47 primary subtag (`ar`, `en`, `fr`), or `und` when the text is
 * too short or too mixed to tell.
 *
 * Text in the basic Arabic letters alone is Arabic (see isPlainArabic). For the rest, ELD (n-gram
 * scores, 60 languages) answers first: on the 734 news texts of the eval sets it agreed
 * with franc 728 times at a third of franc's cost, and where they differed ELD was as often right
 * (Portuguese franc called Spanish). When ELD is not sure, which is also when the language is one
 * it does not know (Indonesian, Swahili, Pashto…), franc decides.
 */
export function detectLanguage(text: string): string {
  const sample = text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text;
  if (sample.trim().length < MIN_LENGTH) return 'und';
  if (isPlainArabic(sample)) return 'ar';
  const quick = eld.detect(sample.length > QUICK_SAMPLE ? sample.slice(0, QUICK_SAMPLE) : sample);
  if (quick.language && quick.isReliable()) return quick.language;
  const code = franc(sample, { minLength: MIN_LENGTH, only: CANDIDATES });
  if (code === 'und') return 'und';
  return MACROLANGUAGE_MEMBERS[code] ?? iso6393To1[code] ?? code;
}

// Letters of the Arabic script: the basic ones (ء to ي) and those the script's other languages add.
const isBasicArabic = (code: number) => (code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a);
const OTHER_ARABIC_SCRIPT = /[\u0671-\u06D3\u06D5\u06EE-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * Arabic is the one language written with the basic letters of its script alone: Persian, Urdu,
 * Kurdish, Pashto, Sindhi and Uyghur each use letters of their own (ی ک گ پ چ ے ە ټ…), Persian in
 * nearly every sentence. A sample that is mostly such letters and has none of the others is
 * Arabic without a statistical model; on a run of Arabic news this saves most of the detection.
 */
function isPlainArabic(sample: string): boolean {
  if (OTHER_ARABIC_SCRIPT.test(sample)) return false;
  // Counted in one pass, without building arrays of matches.
  let arabic = 0;
  let letters = 0;
  for (let index = 0; index < sample.length; index++) {
    if (isBasicArabic(sample.charCodeAt(index))) {
      arabic++;
      letters++;
      continue;
    }
    const width = letterAt(sample, index);
    if (width > 0) letters++;
    if (width === 2) index++;
  }
  if (arabic < MIN_LENGTH) return false;
  return arabic >= 0.8 * letters;
}
