import { arabic } from './ar.js';
import { german } from './de.js';
import { english } from './en.js';
import { spanish } from './es.js';
import { persian } from './fa.js';
import { french } from './fr.js';
import { italian } from './it.js';
import { japanese } from './ja.js';
import { portuguese } from './pt.js';
import { russian } from './ru.js';
import { turkish } from './tr.js';
import type { PhrasePack } from './types.js';
import { ukrainian } from './uk.js';
import { urdu } from './ur.js';
import { chinese } from './zh.js';

export type { PhrasePack } from './types.js';

/**
 * Every pack is applied to every text: scraped pages mix languages (an Arabic article under an
 * English cookie banner), and a phrase of one language rarely means boilerplate-free prose in another.
 */
export const PHRASE_PACKS: Readonly<Record<string, PhrasePack>> = {
  ar: arabic,
  en: english,
  fr: french,
  de: german,
  es: spanish,
  it: italian,
  pt: portuguese,
  ru: russian,
  uk: ukrainian,
  tr: turkish,
  fa: persian,
  ur: urdu,
  zh: chinese,
  ja: japanese,
};

/** The union of all packs, key by key; a key that a pack leaves out adds nothing. */
export function mergePacks(packs: readonly PhrasePack[]): Required<PhrasePack> {
  // English has every key, the optional ones too: they are all there even when no pack has them.
  const keys = new Set([english, ...packs].flatMap((pack) => Object.keys(pack) as (keyof PhrasePack)[]));
  const merged = {} as Record<keyof PhrasePack, string[]>;
  for (const key of keys) merged[key] = packs.flatMap((pack) => pack[key] ?? []);
  return merged;
}
