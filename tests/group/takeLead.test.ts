import { describe, expect, it } from 'vitest';
import { takeLead } from '../../src/group/takeLead.js';

describe('takeLead', () => {
  it('takes the first paragraph of a text of several', () => {
    expect(takeLead('Ministers met in Doha on Monday.\n\nThey will meet again in May.')).toBe('Ministers met in Doha on Monday.');
  });

  it('takes the first two sentences of a paragraph, whether a teaser or a long first paragraph', () => {
    expect(takeLead('Ministers met in Doha. Talks lasted six hours. Iran was not invited.')).toBe('Ministers met in Doha. Talks lasted six hours.');
    expect(takeLead('اجتمع الوزراء في الدوحة. واستمرت المحادثات ست ساعات. ولم تُدعَ إيران.\n\nوسيجتمعون مجددا.')).toBe('اجتمع الوزراء في الدوحة. واستمرت المحادثات ست ساعات.');
  });

  it('gives an empty lead for an empty text', () => {
    expect(takeLead('')).toBe('');
  });
});
