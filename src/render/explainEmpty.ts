import type { Briefing } from '../types.js';
import type { Locale } from './locale.js';
import { ageLimit } from './viewSources.js';

/** A piece of the empty email's explanation: words, or a config key or option to type as it is. */
export interface EmptyRun {
  text: string;
  /** `briefing.maxAgeHours`, `--date`: shown as code, left to right and unbroken, in any language. */
  code: boolean;
}

/**
 * What the email says in place of its stories when the run found no articles, else null: an empty
 * email with no reason looks like a broken one (issue 24). Items left out for age are the usual
 * cause (feeds a few days old, the default 36 h limit), so that case names the limit and the two
 * ways to let them in. The config key and the option are runs of their own, so that the templates
 * can keep them whole and left to right inside Arabic ("--date" must not break after its "--").
 */
export function explainEmpty(briefing: Briefing, locale: Locale, hasProblems: boolean): EmptyRun[] | null {
  if (briefing.stats.articles > 0) return null;
  const old = briefing.sources.reduce((sum, source) => sum + (source.skippedOld ?? 0), 0);
  // A source's items count what it gave, the ones left out for age among them.
  const total = briefing.sources.reduce((sum, source) => sum + (source.status === 'failed' ? 0 : source.items), 0);
  const age = ageLimit(briefing, locale);
  const sentences =
    old > 0
      ? [total > old ? locale.plural('someTooOld', old, { total, age }) : locale.plural('allTooOld', old, { age }), locale.text('raiseAgeLimit')]
      : [locale.strings.nothingNew];
  if (hasProblems) sentences.push(locale.strings.seeSources);
  // locale.text leaves the placeholders it has no value for, here {setting} and {flag}, as they are.
  const code: Record<string, string> = { setting: 'briefing.maxAgeHours', flag: '--date' };
  return sentences
    .join(' ')
    .split(/\{(setting|flag)\}/)
    .map((text, n) => (n % 2 === 1 ? { text: code[text] ?? text, code: true } : { text, code: false }))
    .filter((run) => run.text !== '');
}
