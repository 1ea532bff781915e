import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/cleanDocument.js';
import { compileRules } from '../../src/clean/compileRules.js';
import { validateConfig } from '../../src/config/validate.js';

const article = [
  'Port strike ends after three days',
  '',
  'Dockers voted on Friday to end a strike that had closed the port for three days, the union said.',
  'Sponsored by Harbour Bank',
  'Ticket 4471-B',
  'Shipping lines expect the backlog of containers to clear by the middle of next week.',
].join('\n');

describe('user cleaning rules', () => {
  it('removes lines equal to a configured phrase, whatever their case', () => {
    const rules = compileRules({ removeLines: ['sponsored by harbour bank'] });
    const { article: cleaned, removed } = cleanDocument({ source: 'S', body: article, format: 'text' }, rules);
    expect(cleaned.text).not.toContain('Sponsored by');
    expect(removed).toContainEqual({ text: 'Sponsored by Harbour Bank', rule: 'user-line' });
  });

  it('removes lines matching a configured regular expression', () => {
    const rules = compileRules({ removePatterns: ['^ticket \\d+-[a-z]$'] });
    const { article: cleaned, removed } = cleanDocument({ source: 'S', body: article, format: 'text' }, rules);
    expect(cleaned.text).not.toContain('Ticket 4471-B');
    expect(removed).toContainEqual({ text: 'Ticket 4471-B', rule: 'user-pattern' });
    expect(cleaned.text).toContain('Dockers voted on Friday');
  });

  it('removes HTML elements matching a configured CSS selector before looking for the article', () => {
    const html = `<article><h1>Port strike ends</h1>
      <p>Dockers voted on Friday to end a strike that had closed the port for three days, the union said.</p>
      <div class="house-ad"><p>Open an account with Harbour Bank today and get a free umbrella, a mug and a pen.</p></div>
      <p>Shipping lines expect the backlog of containers to clear by the middle of next week, officials said.</p></article>`;
    const rules = compileRules({ removeSelectors: ['.house-ad'] });
    const { article: cleaned, removed } = cleanDocument({ source: 'S', body: html, format: 'html' }, rules);
    expect(cleaned.text).not.toContain('Harbour Bank');
    expect(removed.find((entry) => entry.rule === 'user-selector')?.text).toContain('free umbrella');
  });

  it('leaves everything else to the built-in rules when none are configured', () => {
    const { article: cleaned } = cleanDocument({ source: 'S', body: article, format: 'text' }, compileRules());
    expect(cleaned.text).toContain('Ticket 4471-B');
  });
});

describe('validateConfig on cleaning rules', () => {
  it('names the JSON path of an invalid regular expression and an invalid selector', () => {
    const { errors } = validateConfig({
      cleaning: { removePatterns: ['(unclosed'] },
      sources: [{ name: 'A', path: 'a', cleaning: { removeSelectors: ['div[['] } }],
    });
    expect(errors).toContain('cleaning.removePatterns[0]: is not a valid regular expression');
    expect(errors).toContain('sources[0].cleaning.removeSelectors[0]: is not a valid CSS selector');
  });

  // Issue 26: user patterns run on a linear-time engine, which has no lookaround or backreferences.
  it('refuses lookaround and backreferences with the JSON path and the reason, and accepts nested repetition', () => {
    const { errors } = validateConfig({
      cleaning: { removePatterns: ['^Advertisement$', '(a+)+$', '(["\'])quoted\\1'] },
      sources: [{ name: 'A', path: 'a', cleaning: { removePatterns: ['Read more(?=:)', '(?<!no )photo'] } }],
    });
    expect(errors).toEqual([
      expect.stringMatching(/^sources\[0\]\.cleaning\.removePatterns\[0\]: uses a lookahead "\(\?=", which cannot be run in linear time; /),
      expect.stringMatching(/^sources\[0\]\.cleaning\.removePatterns\[1\]: uses a lookbehind "\(\?<!", which cannot be run in linear time; /),
      expect.stringMatching(/^cleaning\.removePatterns\[2\]: uses a backreference "\\1", which cannot be guaranteed to finish in time; /),
    ]);
  });
});
