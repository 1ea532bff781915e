import { describe, expect, it } from 'vitest';
import { findCuttingSources } from '../../src/summarize/findCuttingSources.js';
import { summarizeStory } from '../../src/summarize/summarizeStory.js';
import { article } from '../group/newsArticles.js';

// A feed that gives the first hundred or so characters of each article, cut at a word, without "…".
const cut = (id: string, text: string) => article(id, 'Cutting feed', null, `Headline ${id}`, text);
const texts = [
  'The finance minister said on Monday that the budget deficit would narrow next year as revenue from the tax',
  'Officials in the capital confirmed that the new bridge over the river would open to traffic in the spring',
  'Analysts expect the central bank to hold interest rates steady at its meeting this week despite inflation',
];

describe('findCuttingSources', () => {
  it('finds a source whose texts mostly end without a full stop, all about as long as its longest', () => {
    const cutting = texts.map((text, index) => cut(`c${index}`, text));
    const teasers = [
      article('t1', 'Teaser feed', null, 'One', 'Markets rise on hopes of a deal'),
      article('t2', 'Teaser feed', null, 'Two', 'The minister who promised to cut taxes for families this year resigns over a scandal involving his office'),
      article('t3', 'Teaser feed', null, 'Three', 'A new bridge opens in the north'),
    ];
    expect(findCuttingSources([...cutting, ...teasers])).toEqual(new Set(['Cutting feed']));
    const notes = texts.map((text, index) => ({ ...article(`n${index}`, 'Notes', null, `Note ${index}`, text), file: `/notes/${index}.md` }));
    expect(findCuttingSources(notes)).toEqual(new Set());
  });

  it("leaves a cutting source's cut sentence out of the summary, though it is the text's only one", () => {
    const item = cut('a', texts[0]!);
    expect(summarizeStory([item], 'en')).not.toBe('');
    expect(summarizeStory([item], 'en', { cuttingSources: new Set(['Cutting feed']) })).toBe('');
  });
});
