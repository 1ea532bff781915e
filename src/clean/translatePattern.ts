import { RE2JS } from 're2js';

/** A user's pattern in RE2 syntax, or why it cannot be used. */
export type TranslatedPattern = { source: string } | { problem: string };

const ENGINE = 'user patterns run on RE2, a linear-time engine, so that none can hang a run';
const LOOKAROUND = `which cannot be run in linear time; ${ENGINE}: match the text itself instead (a line is removed when the pattern matches anywhere in it)`;

// JavaScript names a Unicode property with its kind (`\p{Script=Arabic}`); RE2 knows the bare name.
const PROPERTY_KIND = /^(?:Script|sc|General_Category|gc)=/u;

/**
 * Turns a user's `cleaning.removePatterns` entry, written in JavaScript syntax, into RE2 syntax.
 * Backtracking JavaScript takes minutes on one long line for a pattern like `(a+)+$`, and RE2 can
 * run anything it accepts in time linear in the line (issue 26). What RE2 cannot express
 * (lookaround, backreferences) is refused with the reason, for `briefing check` to show.
 */
export function translatePattern(pattern: string): TranslatedPattern {
  try {
    new RegExp(pattern, 'iu');
  } catch {
    return { problem: 'is not a valid regular expression' };
  }
  const rewritten = rewriteForRe2(pattern);
  if ('problem' in rewritten) return rewritten;
  const source = RE2JS.translateRegExp(rewritten.source);
  try {
    RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /u, '') : String(error);
    return { problem: `is not understood by RE2, the linear-time engine user patterns run on so that none can hang a run: ${reason} (RE2 syntax: https://github.com/google/re2/wiki/Syntax)` };
  }
  return { source };
}

/**
 * One pass over a valid JavaScript pattern: refuses lookaround and backreferences, and drops the
 * property kind from `\p{…}`. Escapes and character classes are skipped over, so `\(?=` and
 * `[(?=]` are plain characters.
 */
function rewriteForRe2(pattern: string): TranslatedPattern {
  let out = '';
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    const next = pattern[index + 1] ?? '';
    if (char === '\\') {
      if (!inClass && (/[1-9]/u.test(next) || (next === 'k' && pattern[index + 2] === '<'))) {
        const token = next === 'k' ? pattern.slice(index, pattern.indexOf('>', index) + 1) : `\\${/^\d+/u.exec(pattern.slice(index + 1))?.[0] ?? next}`;
        return { problem: `uses a backreference "${token}", which cannot be guaranteed to finish in time; ${ENGINE}: write the repeated text out instead` };
      }
      if ((next === 'p' || next === 'P') && pattern[index + 2] === '{') {
        // A valid pattern closes every `\p{`.
        const close = pattern.indexOf('}', index);
        out += `\\${next}{${pattern.slice(index + 3, close).replace(PROPERTY_KIND, '')}}`;
        index = close;
      } else {
        out += char + next;
        index++;
      }
      continue;
    }
    if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(' && next === '?') {
      const kind = pattern.slice(index + 2, index + 4);
      if (kind.startsWith('=') || kind.startsWith('!')) {
        return { problem: `uses a lookahead "${pattern.slice(index, index + 3)}", ${LOOKAROUND}` };
      }
      if (kind === '<=' || kind === '<!') {
        return { problem: `uses a lookbehind "${pattern.slice(index, index + 4)}", ${LOOKAROUND}` };
      }
    }
    out += char;
  }
  return { source: out };
}
