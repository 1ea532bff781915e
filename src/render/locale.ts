import { pickStrings, type UiStrings } from './strings.js';

/** Everything language- and timezone-dependent that the templates need, checked once. */
export interface Locale {
  /** A tag Intl accepts: the briefing's language, or `en` when Intl rejected it. */
  language: string;
  /** An IANA zone Intl accepts: the briefing's timezone, or `UTC` when Intl rejected it. */
  timeZone: string;
  strings: UiStrings;
  /** Why the briefing's language or timezone was replaced; empty when both were fine. */
  warnings: string[];
  /** `2024-03-05` → "Tuesday, 5 March 2024" / "الثلاثاء، 5 مارس 2024". */
  formatDate(day: string): string;
  /**
   * An ISO instant → the wall-clock time in the briefing's timezone, with the zone's name; with
   * the date too when it falls on another day than `day` (a briefing made later for a past day).
   */
  formatTime(iso: string, day?: string): string;
  /** A plain string with `{name}` placeholders filled from `values`. */
  text(key: string, values?: Record<string, unknown>): string;
  /** The plural form of `key` that fits `count`, with `{n}` and any other `values` filled in. */
  plural(key: string, count: number, values?: Record<string, unknown>): string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks the briefing's language and timezone against Intl and builds the formatters. */
export function createLocale(language: string, timeZone: string): Locale {
  const warnings: string[] = [];
  const lang = accepted(() => Intl.getCanonicalLocales(language)[0] ?? 'en', 'en', () =>
    warnings.push(`language: "${language}" is not a valid BCP 47 tag, using English formats`),
  );
  const zone = accepted(() => new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone, 'UTC', () =>
    warnings.push(`timezone: "${timeZone}" is not a known IANA timezone, using UTC`),
  );
  const strings = pickStrings(language);
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  // The briefing's `date` is already a day in its own timezone: formatting it through that zone
  // again could move it by a day, so it is pinned to noon UTC and formatted as UTC.
  const days = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' });
  const times = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone: zone });
  const moments = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const dayIn = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone });

  const zoneName = (instant: Date) => times.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? zone;

  const fill = (template: string, values: Record<string, unknown>): string =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (typeof value === 'number') return numbers.format(value);
      return typeof value === 'string' ? value : whole;
    });

  return {
    language: lang,
    timeZone: zone,
    strings,
    warnings,
    formatDate(day) {
      const match = DAY.exec(day);
      if (!match) return day;
      return days.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)));
    },
    formatTime(iso, day) {
      const instant = new Date(iso);
      if (Number.isNaN(instant.getTime())) return iso;
      return day !== undefined && DAY.test(day) && dayIn.format(instant) !== day ? `${moments.format(instant)} ${zoneName(instant)}` : times.format(instant);
    },
    text(key, values = {}) {
      const value = (strings as unknown as Record<string, unknown>)[key];
      return typeof value === 'string' ? fill(value, values) : key;
    },
    plural(key, count, values = {}) {
      const value = (strings as unknown as Record<string, unknown>)[key];
      if (typeof value !== 'object' || value === null) return key;
      const forms = value as Record<string, string | undefined>;
      const form = forms[plurals.select(count)] ?? forms.other ?? key;
      return fill(form, { ...values, n: count });
    },
  };
}

function accepted(read: () => string, fallback: string, onRejected: () => void): string {
  try {
    return read();
  } catch {
    onRejected();
    return fallback;
  }
}
