/**
 * A deliberately small reader of feedparser's `Expect:` lines. Only the comparisons that say
 * something about what a briefing shows are mapped: an entry's title, link, description/summary/
 * content and dates, and the document's encoding. Everything else (feed-level metadata, authors,
 * tags, enclosures, `bozo`) is counted as not mappable rather than guessed at.
 */

export type CheckKind = 'title' | 'link' | 'content' | 'date' | 'encoding';

/** One mapped comparison: `entries[0]['title'] == u'…'` becomes { kind: 'title', entry: 0, expected }. */
export interface Check {
  kind: CheckKind;
  /** Index of the entry in feedparser's `entries`; -1 for the document's encoding. */
  entry: number;
  /** A string, or a date as [year, month, day, hour, minute, second] in UTC. */
  expected: string | number[];
}

export interface ReadExpectation {
  checks: Check[];
  /** Conjuncts about something else (feed metadata, authors, enclosures, …). */
  unmappable: number;
  /** `bozo` / `not bozo`: whether feedparser found the XML ill-formed; not compared. */
  bozo: number;
}

const TEXT_FIELDS: Record<string, CheckKind> = {
  title: 'title',
  link: 'link',
  description: 'content',
  summary: 'content',
};
const DATE_FIELDS = new Set(['published', 'updated', 'created', 'issued', 'modified', 'date']);

export function readExpectation(expect: string | undefined): ReadExpectation {
  const result: ReadExpectation = { checks: [], unmappable: 0, bozo: 0 };
  if (expect === undefined) return result;
  for (const part of splitTopLevel(stripParens(expect.trim()), ' and ')) {
    const conjunct = stripParens(part.trim());
    if (/^(?:not\s+)?bozo$/.test(conjunct)) result.bozo++;
    else {
      const check = mapConjunct(conjunct);
      if (check) result.checks.push(check);
      else result.unmappable++;
    }
  }
  return result;
}

function mapConjunct(conjunct: string): Check | undefined {
  const sides = splitTopLevel(conjunct, ' == ');
  if (sides.length !== 2) return undefined;
  const [left = '', right = ''] = sides.map((side) => side.trim());
  const literal = readLiteral(right);
  if (literal === undefined) return undefined;
  if (left === 'encoding' && typeof literal === 'string') return { kind: 'encoding', entry: -1, expected: literal };
  const ord = /^ord\((.*)\)$/.exec(left);
  const target = readEntryPath(ord ? ord[1]! : left);
  if (!target) return undefined;
  if (ord) {
    if (typeof literal !== 'number' || target.kind !== 'content') return undefined;
    return { kind: 'content', entry: target.entry, expected: String.fromCodePoint(literal) };
  }
  if (target.kind === 'date') {
    if (Array.isArray(literal)) return { kind: 'date', entry: target.entry, expected: literal.slice(0, 6) };
    // The raw date string (`entries[0]['updated'] == '2003-12-31T10:14:55Z'`): compared as an instant.
    if (typeof literal === 'string' && !Number.isNaN(Date.parse(literal))) return { kind: 'date', entry: target.entry, expected: utcFields(new Date(literal)) };
    return undefined;
  }
  return typeof literal === 'string' ? { kind: target.kind, entry: target.entry, expected: literal } : undefined;
}

/** entries[0]['title'], entries[0].title, entries[0]['title_detail']['value'], entries[0]['content'][0]['value'], entries[0]['updated_parsed']. */
function readEntryPath(expression: string): { kind: CheckKind; entry: number } | undefined {
  const match = /^entries\[(\d+)\]((?:\[(?:'[^']*'|"[^"]*"|\d+)\]|\.\w+)*)$/.exec(expression);
  if (!match) return undefined;
  const keys = [...match[2]!.matchAll(/\[(?:'([^']*)'|"([^"]*)"|(\d+))\]|\.(\w+)/g)].map((key) => key[1] ?? key[2] ?? key[3] ?? key[4] ?? '');
  const entry = Number(match[1]);
  const [first = '', ...rest] = keys;
  const path = rest.join('/');
  if (rest.length === 0 && TEXT_FIELDS[first]) return { kind: TEXT_FIELDS[first], entry };
  if ((first === 'title_detail' || first === 'summary_detail') && path === 'value') return { kind: first === 'title_detail' ? 'title' : 'content', entry };
  if (first === 'content' && /^\d+\/value$/.test(path)) return { kind: 'content', entry };
  const date = /^(\w+?)(_parsed)?$/.exec(first);
  if (rest.length === 0 && date && DATE_FIELDS.has(date[1]!)) return { kind: 'date', entry };
  return undefined;
}

type Literal = string | number | number[] | null;

/** A Python literal: 'str', u"str", 'a' + 'b', 42, (2003, 12, 31, …), None. Undefined for anything else. */
export function readLiteral(source: string): Literal | undefined {
  const text = source.trim();
  if (text === 'None') return null;
  if (/^-?\d+$/.test(text)) return Number(text);
  const tuple = /^\((-?\d+(?:\s*,\s*-?\d+)*)\s*,?\s*\)$/.exec(text);
  if (tuple) return tuple[1]!.split(',').map((value) => Number(value.trim()));
  const parts = splitTopLevel(text, '+').map((part) => readString(part.trim()));
  return parts.every((part) => part !== undefined) ? parts.join('') : undefined;
}

function readString(token: string): string | undefined {
  const match = /^([uUbBrR]*)(['"])([\s\S]*)\2$/.exec(token);
  if (!match) return undefined;
  const [, prefix = '', , body = ''] = match;
  if (/r/i.test(prefix)) return body;
  return body.replace(/\\(x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|[\s\S])/g, (_all, escape: string) => {
    if (/^[xuU]/.test(escape) && escape.length > 1) return String.fromCodePoint(Number.parseInt(escape.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t', '0': '\0' } as Record<string, string>)[escape] ?? escape;
  });
}

/** Splits on `separator` outside quotes and brackets. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"') quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if (depth === 0 && text.startsWith(separator, index)) {
      parts.push(text.slice(start, index));
      start = index + separator.length;
      index += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

// "(a == b)" → "a == b", but not "(2003, 12)" or "(a) and (b)".
function stripParens(text: string): string {
  if (!text.startsWith('(') || !text.endsWith(')')) return text;
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0 && index < text.length - 1) return text;
  }
  const inner = text.slice(1, -1);
  return splitTopLevel(inner, ',').length === 1 ? inner.trim() : text;
}

export function utcFields(date: Date): number[] {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
}
