import { describe, expect, it } from 'vitest';
import { outletOf, siteOf } from '../../src/group/outletOf.js';
import { frontPageOf, pickTopStories } from '../../src/group/pickTopStories.js';
import { outlets, rankStories } from '../../src/group/rankStories.js';
import type { Story, Topic } from '../../src/types.js';

function story(title: string, outlets: number, published: string, shown = true): Story {
  return {
    id: title,
    title,
    summary: '',
    language: 'en',
    dir: 'ltr',
    articles: [{ id: title, title, url: `https://${title}.example/`, source: title, language: 'en', dir: 'ltr', published, dateSource: 'feed', text: '', metadata: {}, removed: {} }],
    merged: [],
    shown,
    outlets,
  };
}

const topic = (stories: Story[]): Topic => ({ name: 'World', kind: 'automatic', stories });

describe('pickTopStories', () => {
  it('takes the stories covered by the most outlets, then the freshest', () => {
    const wide = story('wide', 4, '2026-11-22T01:00:00Z');
    const fresh = story('fresh', 2, '2026-11-23T06:00:00Z');
    const older = story('older', 2, '2026-11-22T06:00:00Z');
    expect(pickTopStories([topic([older, fresh]), topic([wide])], 2)).toEqual([wide, fresh]);
  });

  it('puts the larger of two stories of as many outlets first, unless it is a day older', () => {
    const dismissal = { ...story('dismissal', 4, '2018-03-13T14:00:00Z'), articles: Array.from({ length: 16 }, (_, index) => ({ ...story(`dismissal-${index}`, 4, '2018-03-13T14:00:00Z').articles[0]! })) };
    const airports = { ...story('airports', 4, '2018-03-13T17:00:00Z'), articles: Array.from({ length: 5 }, (_, index) => ({ ...story(`airports-${index}`, 4, '2018-03-13T17:00:00Z').articles[0]! })) };
    expect(pickTopStories([topic([airports, dismissal])], 2)).toEqual([dismissal, airports]);
    const yesterday = { ...dismissal, articles: dismissal.articles.map((article) => ({ ...article, published: '2018-03-12T14:00:00Z' })) };
    expect(pickTopStories([topic([yesterday, airports])], 2)).toEqual([airports, yesterday]);
  });

  it("ranks a story its feed left undated after the day's dated ones of as many outlets, however recently the run first saw it, and before stale ones", () => {
    const dated = story('dated', 1, '2021-07-16T09:00:00Z');
    const stale = story('stale', 1, '2021-07-10T09:00:00Z');
    // Dated by the run's first sighting: no dateSource.
    const undated = story('undated', 1, '2021-07-16T23:59:59Z');
    delete undated.articles[0]!.dateSource;
    expect(rankStories([undated, stale, dated])).toEqual([dated, undated, stale]);
  });

  it('leaves single-outlet stories off the front page', () => {
    const wide = story('wide', 3, '2026-11-22T01:00:00Z');
    expect(pickTopStories([topic([wide, story('lone', 1, '2026-11-23T06:00:00Z')])], 5)).toEqual([wide]);
  });

  it('has no front page on a day of single-outlet stories, nor when turned off', () => {
    const fresh = story('fresh', 1, '2026-11-23T06:00:00Z');
    expect(pickTopStories([topic([story('old', 1, '2026-11-22T06:00:00Z'), fresh])], 1)).toEqual([]);
    expect(pickTopStories([topic([story('wide', 2, '2026-11-23T06:00:00Z')])], 0)).toEqual([]);
  });

  it('gives the day\'s different events, leaving a second side of one event to its topic', () => {
    const embassy = story('embassy', 5, '2018-05-14T12:00:00Z');
    const reaction = story('reaction', 4, '2018-05-14T13:00:00Z');
    const bombing = story('bombing', 4, '2018-05-14T06:00:00Z');
    const sameEvent = (a: Story, b: Story) => [a.id, b.id].sort().join() === 'embassy,reaction';
    expect(frontPageOf([reaction, bombing, embassy], 2, sameEvent)).toEqual([embassy, bombing]);
    expect(frontPageOf([reaction, bombing, embassy], 2)).toEqual([embassy, reaction]);
  });

  it('takes only stories the email shows', () => {
    expect(pickTopStories([topic([story('hidden', 5, '2026-11-23T06:00:00Z', false)])], 3)).toEqual([]);
  });
});

describe('outletOf', () => {
  it('folds www. and mobile hosts into one outlet', () => {
    expect(outletOf('https://www.nytimes.com/a', 'NYT World')).toBe('nytimes.com');
    expect(outletOf('https://m.bbc.co.uk/news', 'BBC')).toBe('bbc.co.uk');
  });

  it('names a local file by its source', () => {
    expect(outletOf('file:///home/me/news/a.txt', 'My notes')).toBe('My notes');
  });

  it('counts one newsroom once across its country domains and short links, but a platform\'s writers apart', () => {
    expect(siteOf('cnn.com')).toBe(siteOf('cnn.it'));
    expect(siteOf('bbc.co.uk')).toBe(siteOf('bbc.com'));
    expect(siteOf('alice.substack.com')).not.toBe(siteOf('bob.substack.com'));
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOf('My notes')).toBe('My notes');
    const emmys = { ...story('emmys', 0, '2021-09-20T03:00:00Z'), outlets: undefined };
    emmys.articles = ['https://edition.cnn.com/a', 'https://cnn.it/b', 'https://www.bbc.com/c', 'https://www.bbc.co.uk/d'].map((url, index) => ({ ...emmys.articles[0]!, id: `e${index}`, url }));
    expect(outlets(emmys)).toBe(3);
  });
});
