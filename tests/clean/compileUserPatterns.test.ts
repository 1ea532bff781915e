import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/cleanDocument.js';
import { compileRules } from '../../src/clean/compileRules.js';
import { compileUserPatterns } from '../../src/clean/compileUserPatterns.js';
import { startCleaning } from '../../src/clean/startCleaning.js';
import type { RawDocument } from '../../src/types.js';

// Issue 26: JavaScript's backtracking takes 2^n steps for these on a line of n "a"s or "x"s that
// does not match; on a 50 KB line that is longer than any run is allowed to take.
const CATASTROPHIC = ['(a+)+$', '(x+x+)+y', '^(a|a)*$', '^(\\w+\\s?)+#$'];
const LONG_A = `${'a'.repeat(50_000)}!`;
const LONG_X = 'x'.repeat(50_000);

const article = (lines: string[]): RawDocument => ({ source: 'S', body: lines.join('\n\n'), format: 'text' });

describe('compileUserPatterns', () => {
  it('tests a 50 KB line against patterns that backtrack catastrophically in well under a second', () => {
    const test = compileUserPatterns(CATASTROPHIC)!;
    const started = performance.now();
    expect(test.test(LONG_A)).toBe(false);
    expect(test.test(LONG_X)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('agrees with JavaScript RegExp (case-insensitive, Unicode) on ordinary patterns', () => {
    const patterns = ['^advertisement$', '^(?:sponsored|promoted) by\\b', '\\bsubscribe\\b.*\\bnewsletter\\b', '^photo:\\s*\\S+$', 'اقرأ أيضا', '^[\\u0600-\\u06FF ]+:$', '\\d{2}:\\d{2}$', 'ÉDITION'];
    const lines = [
      'Advertisement',
      'ADVERTISEMENT below',
      'Sponsored by Harbour Bank',
      'sponsored byline',
      'Subscribe to our daily Newsletter',
      'Photo: AFP',
      'photo: two words',
      'اقرأ أيضا: المجلس يقر الخطة',
      'تابعونا:',
      'Updated 07:45',
      'Édition du soir',
      'The council approved the plan on Monday.',
    ];
    for (const pattern of patterns) {
      const ours = compileUserPatterns([pattern])!;
      const theirs = new RegExp(pattern, 'iu');
      expect(lines.filter((line) => ours.test(line)), pattern).toEqual(lines.filter((line) => theirs.test(line)));
    }
  });

  it('matches a line when any one of the patterns does', () => {
    const test = compileUserPatterns(['^advertisement$', '^photo:'])!;
    expect(['Advertisement', 'Photo: AFP', 'Advertisement photo: AFP'].map((line) => test.test(line))).toEqual([true, true, false]);
  });

  it('gives nothing to test without patterns', () => {
    expect(compileUserPatterns([])).toBeUndefined();
  });

  it('throws with the reason on a pattern that slipped past the config validation', () => {
    expect(() => compileUserPatterns(['(?<=by )AFP'])).toThrow(/^cleaning\.removePatterns: "\(\?<=by \)AFP" uses a lookbehind/);
  });
});

describe('cleaning with user patterns', () => {
  it('cleans an article with a 50 KB line under catastrophic patterns quickly, and still removes what an ordinary pattern matches', () => {
    const rules = compileRules({ removePatterns: [...CATASTROPHIC, '^ticket \\d+-[a-z]$'] });
    // The built-in regexes are compiled on their first use; that is not what is timed here.
    cleanDocument(article(['Port strike ends', 'Dockers voted on Friday.']), rules);
    const started = performance.now();
    const { article: cleaned, removed } = cleanDocument(article(['Port strike ends', LONG_A, 'Ticket 4471-B', LONG_X, 'Dockers voted on Friday to end the strike.']), rules);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(removed.filter((entry) => entry.rule === 'user-pattern').map((entry) => entry.text)).toEqual(['Ticket 4471-B']);
    expect(cleaned.text).toContain('Dockers voted on Friday');
  });

  it('applies them on a cleaning worker, which compiles them again from their text', async () => {
    const documents: RawDocument[] = Array.from({ length: 3 }, (_, item) => ({
      source: 'Harbour Post',
      url: `https://example.org/harbour/${item}`,
      format: 'text',
      body: ['Port strike ends', LONG_A, `Ticket 44${item}-B`, 'Dockers voted on Friday to end a strike that had closed the port for three days.'].join('\n\n'),
    }));
    const cleaning = startCleaning({ 'Harbour Post': { removePatterns: [...CATASTROPHIC, '^ticket \\d+-[a-z]$'] } }, { workers: 1 });
    cleaning.add(0, documents);
    const started = performance.now();
    const { articles, failures } = await cleaning.finish();
    expect(cleaning.threads).toBe(1);
    expect(failures).toEqual([]);
    expect(articles.map((cleaned) => cleaned?.removed['user-pattern'])).toEqual([1, 1, 1]);
    expect(articles.every((cleaned) => cleaned?.text.includes('Dockers voted on Friday') && !cleaned.text.includes('Ticket'))).toBe(true);
    // The worker's start is in this time too: still far from what backtracking would take.
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);
});
