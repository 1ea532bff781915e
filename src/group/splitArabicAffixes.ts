/**
 * One way to read a normalised Arabic word as clitics + core + ending: وللإيرانيين as و + لل +
 * ايران + يين. `bare`: no ending; `nisba`: an adjective of relation (إيراني، إيرانية،
 * الإيرانيين); `inflected`: a plural, dual or pronoun ending.
 */
export interface ArabicReading {
  core: string;
  ending: 'bare' | 'nisba' | 'inflected';
  /** A conjunction or preposition is glued on (و، ف، ب، ك، ل), not just the article ال. */
  clitic: boolean;
}

// After normalizeText: ة is ه, ى and ئ are ي, أ/إ/آ are ا.
export const NISBA_ENDINGS = ['ي', 'يه', 'يين', 'يون', 'يان', 'يات'];
const INFLECTED_ENDINGS = ['ه', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'هما', 'هن', 'نا', 'كم'];

/**
 * Every prefix of conjunction, preposition and article, in that order: و/ف, then ب/ك/ل, then ال
 * (ل + ال is written لل). All are tried, not the longest only as stem.ts does, because a word may
 * begin with one of these letters (وزير، لبنان، بيروت).
 */
const PREFIXES: readonly { prefix: string; clitic: boolean }[] = ['', 'و', 'ف'].flatMap((conjunction) =>
  ['', 'ب', 'ك', 'ل'].flatMap((preposition) =>
    ['', 'ال'].map((article) => ({
      prefix: conjunction + (preposition === 'ل' && article === 'ال' ? 'لل' : preposition + article),
      clitic: conjunction !== '' || preposition !== '',
    })),
  ),
);

/** The readings of a normalised Arabic word whose core keeps at least two letters. */
export function splitArabicAffixes(word: string): ArabicReading[] {
  const readings: ArabicReading[] = [];
  for (const { prefix, clitic } of PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 2) continue;
    const rest = word.slice(prefix.length);
    readings.push({ core: rest, ending: 'bare', clitic });
    for (const ending of NISBA_ENDINGS) if (endsWithCore(rest, ending)) readings.push({ core: rest.slice(0, -ending.length), ending: 'nisba', clitic });
    for (const ending of INFLECTED_ENDINGS) if (endsWithCore(rest, ending)) readings.push({ core: rest.slice(0, -ending.length), ending: 'inflected', clitic });
  }
  return readings;
}

function endsWithCore(rest: string, ending: string): boolean {
  return rest.length - ending.length >= 2 && rest.endsWith(ending);
}
