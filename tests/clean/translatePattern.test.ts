import { describe, expect, it } from 'vitest';
import { translatePattern } from '../../src/clean/translatePattern.js';

const problemOf = (pattern: string) => {
  const translated = translatePattern(pattern);
  return 'problem' in translated ? translated.problem : undefined;
};

describe('translatePattern', () => {
  it.each([
    ['^ticket \\d+-[a-z]$', '^ticket \\d+-[a-z]$'],
    ['(a+)+$', '(a+)+$'],
    ['[\\u0600-\\u06FF]+', '[\\x{0600}-\\x{06FF}]+'],
    ['\\u{1F4F0}', '\\x{1F4F0}'],
    ['(?<label>Advertisement)', '(?P<label>Advertisement)'],
    ['^[^]{0,3}$', '^[\\x00-\\x{10FFFF}]{0,3}$'],
    ['^\\p{Script=Arabic}+$', '^\\p{Arabic}+$'],
    ['\\p{gc=Lu}', '\\p{Lu}'],
  ])('writes the JavaScript pattern %s as %s for RE2', (pattern, source) => {
    expect(translatePattern(pattern)).toEqual({ source });
  });

  it.each([
    ['(["\'])quoted\\1', 'uses a backreference "\\1", which cannot be guaranteed to finish in time'],
    ['(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10', 'uses a backreference "\\10"'],
    ['(?<q>["\'])quoted\\k<q>', 'uses a backreference "\\k<q>"'],
    ['Advertisement(?= below)', 'uses a lookahead "(?=", which cannot be run in linear time'],
    ['^(?!Read more)', 'uses a lookahead "(?!"'],
    ['(?<=by )AFP', 'uses a lookbehind "(?<="'],
    ['(?<!no )photo', 'uses a lookbehind "(?<!"'],
  ])('refuses %s, which RE2 cannot run, and says why', (pattern, reason) => {
    const problem = problemOf(pattern);
    expect(problem?.slice(0, reason.length)).toBe(reason);
    expect(problem).toContain('; user patterns run on RE2, a linear-time engine, so that none can hang a run: ');
  });

  it('reads escaped parentheses and brackets as the characters they are', () => {
    expect(translatePattern('\\(?=\\)')).toEqual({ source: '\\(?=\\)' });
    expect(translatePattern('[(?=\\]]\\d')).toEqual({ source: '[(?=\\]]\\d' });
  });

  it('refuses a pattern JavaScript cannot read', () => {
    expect(problemOf('(unclosed')).toBe('is not a valid regular expression');
  });

  it('passes on what RE2 itself refuses, with its words', () => {
    expect(problemOf('a{1001}')).toBe(
      'is not understood by RE2, the linear-time engine user patterns run on so that none can hang a run: invalid repeat count: `{1001}` (RE2 syntax: https://github.com/google/re2/wiki/Syntax)',
    );
  });
});
