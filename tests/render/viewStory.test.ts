import { describe, expect, it } from 'vitest';
import { viewStory } from '../../src/render/viewStory.js';
import { article, story } from './briefingFixture.js';

const EN = { language: 'en', dir: 'ltr' } as const;
const AR = { language: 'ar', dir: 'rtl' } as const;

describe('viewStory', () => {
  it('counts each outlet once over the articles and their folded copies, linking its first url', () => {
    const view = viewStory(
      story({
        id: 's',
        title: 'Rates',
        articles: [
          article({
            id: 'a1',
            source: 'Reuters',
            url: 'https://reuters.example/1',
            duplicates: [
              { id: 'c1', source: 'Yahoo News', url: 'https://yahoo.example/1' },
              { id: 'c2', source: 'Reuters', url: 'https://reuters.example/syndicated' },
            ],
          }),
          article({ id: 'a2', source: 'AP', url: 'https://ap.example/2', duplicates: [{ id: 'c3', source: 'Yahoo News', url: 'https://yahoo.example/2' }] }),
        ],
      }),
      EN,
    );
    expect(view.outlets).toEqual([
      { name: 'Reuters', url: 'https://reuters.example/1', isolate: null },
      { name: 'AP', url: 'https://ap.example/2', isolate: null },
      { name: 'Yahoo News', url: 'https://yahoo.example/1', isolate: null },
    ]);
  });

  it('links an outlet to a later safe url when its first one is not safe', () => {
    const view = viewStory(
      story({
        id: 's',
        title: 'Rates',
        articles: [
          article({ id: 'a1', source: 'Wire', url: 'javascript:alert(1)', duplicates: [{ id: 'c1', source: 'Wire', url: 'https://wire.example/1' }] }),
        ],
      }),
      EN,
    );
    expect(view.outlets).toEqual([{ name: 'Wire', url: 'https://wire.example/1', isolate: null }]);
    expect(view.link).toBeNull();
  });

  it('isolates an outlet name written in the other direction, and one with no letters', () => {
    const arabic = story({
      id: 's',
      title: 'عنوان',
      language: 'ar',
      dir: 'rtl',
      articles: [
        article({ id: 'a1', source: 'الجزيرة', url: 'https://a.example/1', language: 'ar', dir: 'rtl' }),
        article({ id: 'a2', source: 'Reuters', url: 'https://b.example/2' }),
        article({ id: 'a3', source: 'فرانس 24', url: 'https://c.example/3', language: 'ar', dir: 'rtl' }),
        article({ id: 'a4', source: '24', url: 'https://d.example/4' }),
      ],
    });
    expect(viewStory(arabic, AR).outlets.map((outlet) => outlet.isolate)).toEqual([null, 'ltr', null, 'rtl']);
  });

  it('marks a story as foreign when its language or direction is not the briefing one', () => {
    const arabic = story({ id: 's', title: 'عنوان', language: 'ar', dir: 'rtl' });
    expect(viewStory(arabic, EN).foreign).toBe(true);
    expect(viewStory(arabic, { language: 'ar-EG', dir: 'rtl' }).foreign).toBe(false);
    expect(viewStory(story({ id: 'e', title: 'Title' }), EN).foreign).toBe(false);
  });

  it('times the first article in the story language, at that language speed', () => {
    const body = (n: number, word: string): string => Array.from({ length: n }, () => word).join(' ');
    const view = viewStory(
      story({
        id: 's',
        title: 'عنوان',
        language: 'ar',
        dir: 'rtl',
        articles: [
          article({ id: 'a1', source: 'Reuters', url: 'https://r.example/1', text: body(2000, 'word') }),
          article({ id: 'a2', source: 'الجزيرة', url: 'https://a.example/2', language: 'ar', dir: 'rtl', text: body(540, 'كلمة') }),
        ],
      }),
      AR,
    );
    expect(view.minutes).toBe(3);
  });

  it('has no reading time for a story without text', () => {
    const view = viewStory(story({ id: 's', title: 'T', articles: [article({ id: 'a', source: 'W', url: 'https://w.example', text: '' })] }), EN);
    expect(view.minutes).toBe(0);
  });

  it('has no reading time for a story whose text is a feed\'s teaser, the article behind the link being longer', () => {
    const teaser = 'Ukrainian President Volodymyr Zelenskyy said he was worried at the prospect of Donald Trump returning to the White House.';
    const view = viewStory(story({ id: 's', title: 'T', articles: [article({ id: 'a', source: 'W', url: 'https://w.example', text: teaser })] }), EN);
    expect(view.minutes).toBe(0);
    const brief = viewStory(story({ id: 's', title: 'T', articles: [article({ id: 'a', source: 'W', url: 'https://w.example', text: Array.from({ length: 120 }, () => 'word').join(' ') })] }), EN);
    expect(brief.minutes).toBe(1);
  });

  it('isolates outlet names against the briefing direction, in which the line under a foreign card reads', () => {
    const arabic = story({
      id: 's',
      title: 'عنوان',
      language: 'ar',
      dir: 'rtl',
      articles: [
        article({ id: 'a1', source: 'Sample articles (Arabic and English)', url: 'file:///articles/1.txt', language: 'ar', dir: 'rtl' }),
        article({ id: 'a2', source: 'الجزيرة', url: 'https://a.example/2', language: 'ar', dir: 'rtl' }),
      ],
    });
    expect(viewStory(arabic, EN).outlets.map((outlet) => outlet.isolate)).toEqual([null, 'rtl']);
  });

  // Issue 24: coverage counts distinct outlets, not feeds.
  it("counts the group stage's distinct outlets when it gave them", () => {
    const view = viewStory(story({ id: 's', title: 'Rates', outlets: 3 }), EN);
    expect(view.outletCount).toBe(3);
    expect(viewStory(story({ id: 's', title: 'Rates' }), EN).outletCount).toBe(1);
  });

  it('lists two feeds of one site once, under the first feed name, when the group stage named the outlets', () => {
    const view = viewStory(
      story({
        id: 's',
        title: 'Settlers',
        outlets: 2,
        articles: [
          article({ id: 'a1', source: 'NYT World', url: 'https://www.nytimes.example/a', outlet: 'nytimes.example' }),
          article({ id: 'a2', source: 'BBC World', url: 'https://www.bbc.example/b', outlet: 'bbc.example', duplicates: [{ id: 'c1', source: 'NYT Middle East', url: 'https://nytimes.example/c' }] }),
          article({ id: 'a3', source: 'NYT Middle East', url: 'https://www.nytimes.example/d', outlet: 'nytimes.example' }),
        ],
      }),
      EN,
    );
    expect(view.outlets.map((outlet) => [outlet.name, outlet.url])).toEqual([
      ['NYT World', 'https://www.nytimes.example/a'],
      ['BBC World', 'https://www.bbc.example/b'],
    ]);
    expect(view.outletCount).toBe(2);
  });

  it('names by their sites the outlets of one source that holds pages from several, not by the source name twice', () => {
    const view = viewStory(
      story({
        id: 's',
        title: 'Talks',
        outlets: 3,
        articles: [
          article({ id: 'a1', source: 'Saved pages', url: 'https://arabic.rt.example/world/1', outlet: 'arabic.rt.example' }),
          article({ id: 'a2', source: 'Saved pages', url: 'https://sputnik.example/2', outlet: 'sputnik.example' }),
          article({ id: 'a3', source: 'Reuters', url: 'https://reuters.example/3', outlet: 'reuters.example' }),
        ],
      }),
      EN,
    );
    expect(view.outlets.map((outlet) => outlet.name)).toEqual(['arabic.rt.example', 'sputnik.example', 'Reuters']);
  });
});
