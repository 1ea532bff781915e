import { describe, expect, it } from 'vitest';
import { compileCategoryTable } from '../../src/section/mapCategory.js';
import { readLinkSection } from '../../src/section/readLinkSection.js';

const table = compileCategoryTable();
const sectionOf = (link: string) => readLinkSection(link, table)?.section;

describe('readLinkSection', () => {
  it('reads the section folder that comes before the slug', () => {
    expect(sectionOf('https://www.channelnewsasia.com/sport/dortmund-cruise-past-cologne-4-0-malen-double-4062581')).toBe('sports');
    expect(sectionOf('https://www.cbc.ca/news/business/marketplace-cheat-sheet-jan19-1.7088848?cmp=rss')).toBe('business');
    expect(sectionOf('https://www.foxnews.com/entertainment/prince-harry-calls-john-travolta-dining-dance-floor')).toBe('culture');
  });

  it('passes over dates, language codes and folders that name no section', () => {
    expect(sectionOf('https://www.nytimes.com/2024/01/21/us/politics/haley-trump-new-hampshire.html')).toBe('politics');
    expect(sectionOf('https://www.france24.com/ar/%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9/20180508-%D9%81%D9%8A%D9%81%D8%A7')).toBe('sports');
    expect(readLinkSection('https://arabic.cnn.com/middle-east/article/2018/05/08/iran-deal', table)).toEqual({ section: 'world', evidence: '/middle-east/' });
  });

  it('reads the BBC’s section before the story’s number', () => {
    expect(sectionOf('https://www.bbc.co.uk/news/health-68029448?at_medium=RSS')).toBe('health');
    expect(sectionOf('https://www.bbc.co.uk/news/world-latin-america-68022288')).toBe('world');
    expect(sectionOf('https://www.bbc.co.uk/news/uk-england-norfolk-68044068')).toBeUndefined();
  });

  it('does not read the words of the slug, which are the headline’s', () => {
    expect(sectionOf('https://www.foxnews.com/us/illinois-shooting-leaves-people-dead-suspect-custody-police')).toBeUndefined();
    expect(sectionOf('https://www.wsj.com/articles/tired-of-chicken-yet-the-restaurant-industry-bets-the-answer-is-no-1d54c86f')).toBeUndefined();
    expect(sectionOf('https://example.com/sport')).toBeUndefined();
  });

  it('reads nothing from a local file or a link that is no URL', () => {
    expect(sectionOf('file:///home/reader/articles/sport/match.html')).toBeUndefined();
    expect(sectionOf('articles/sport/match.html')).toBeUndefined();
  });
});
