import { RE2JS, RE2Set } from 're2js';
import { translatePattern } from './translatePattern.js';

/** Tells whether a line matches. */
export interface LineTest {
  test(line: string): boolean;
}

/**
 * The user's `cleaning.removePatterns` as one test that runs in time linear in the line (RE2, see
 * translatePattern): a pattern can cost a run some speed, never the run. One set of all the
 * patterns reads a line once instead of once per pattern. Undefined without patterns. Patterns
 * were checked by the config validation; one that slipped past throws with its reason.
 */
export function compileUserPatterns(patterns: readonly string[]): LineTest | undefined {
  if (patterns.length === 0) return undefined;
  const set = new RE2Set(RE2Set.UNANCHORED, RE2JS.CASE_INSENSITIVE);
  for (const pattern of patterns) {
    const translated = translatePattern(pattern);
    if ('problem' in translated) throw new Error(`cleaning.removePatterns: ${JSON.stringify(pattern)} ${translated.problem}`);
    set.add(translated.source);
  }
  set.compile();
  return { test: (line) => set.match(line).length > 0 };
}
