import { describe, expect, it } from 'vitest';
import { isRoundup } from '../../src/group/isRoundup.js';

describe('isRoundup', () => {
  it("knows a newsletter or press review of the day's news by its headline, in English and Arabic", () => {
    expect(isRoundup('Coronavirus, Antibody Tests, Nova Scotia: Your Monday Briefing')).toBe(true);
    expect(isRoundup('Morning Briefing: Top stories from The Straits Times on Oct 17')).toBe(true);
    expect(isRoundup('French press review: the papers on the strike')).toBe(true);
    expect(isRoundup('جولة في الصحف: الانتخابات اللبنانية')).toBe(true);
    expect(isRoundup('Russia-Ukraine war: List of key events, day 697')).toBe(true);
  });

  it('knows the daily features that are no news: cartoon galleries, quizzes, horoscopes, crosswords', () => {
    expect(isRoundup('The latest illustrations from artist Cathy Wilcox')).toBe(true);
    expect(isRoundup('Best of cartoons, July 16, 2021')).toBe(true);
    expect(isRoundup('Herald morning quiz: July 16')).toBe(true);
    expect(isRoundup('Superquiz and Target Time, Friday, July 16')).toBe(true);
    expect(isRoundup('Your horoscope for the week ahead')).toBe(true);
    expect(isRoundup('حظك اليوم: توقعات الأبراج')).toBe(true);
  });

  it('takes news about a cartoon or a quiz show for news', () => {
    expect(isRoundup('Cartoonist behind Asterix dies aged 92')).toBe(false);
    expect(isRoundup('Quiz show host dies after short illness')).toBe(false);
    expect(isRoundup('Minister quizzed over cartoon ban')).toBe(false);
  });

  it('takes a briefing that is itself an event for news', () => {
    expect(isRoundup('White House briefing: Press secretary defends tariffs')).toBe(false);
    expect(isRoundup('Covid briefing: PM announces new restrictions')).toBe(false);
    expect(isRoundup('First Black Women to Cover the White House Are Honored in the Briefing Room')).toBe(false);
  });
});
