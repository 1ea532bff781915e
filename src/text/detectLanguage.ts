import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

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

/**
 * The language of a text as a BCP 47 primary subtag (`ar`, `en`, `fr`), or `und` when the text is
 * too short or too mixed to tell.
 */
export function detectLanguage(text: string): string {
  // A thousand characters tell the language as well as the whole text, at a third of the cost.
  const sample = text.length > 1000 ? text.slice(0, 1000) : text;
  const code = franc(sample, { minLength: 20 });
  if (code === 'und') return 'und';
  return MACROLANGUAGE_MEMBERS[code] ?? iso6393To1[code] ?? code;
}
