import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/cleanDocument.js';
import { compileRules } from '../../src/clean/compileRules.js';
import { readGoldenCases, updatingGoldens, writeGolden } from '../helpers/goldenCases.js';

const rules = compileRules();
const folder = fileURLToPath(new URL('../fixtures/clean/', import.meta.url));

describe('cleanDocument (golden fixtures)', () => {
  for (const golden of readGoldenCases(folder)) {
    it(`cleans ${golden.name} as expected`, () => {
      const { article, removed } = cleanDocument({ source: 'Fixture', body: golden.input, format: golden.format }, rules);
      const actual = {
        title: article.title,
        url: article.url,
        language: article.language,
        dir: article.dir,
        metadata: article.metadata,
        paragraphs: article.text.split('\n\n'),
        removed,
      };
      if (updatingGoldens()) writeGolden(golden.expectedFile, actual);
      else expect(actual, `${golden.expectedFile} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/clean`).toEqual(golden.expected);
    });
  }
});

describe('cleanDocument', () => {
  it('counts removed blocks by rule on the article', () => {
    const body = 'Title of a story\n\nShare\nThe first sentence of the story is long enough to be a paragraph.\nOK';
    const { article } = cleanDocument({ source: 'S', body, format: 'text' }, rules);
    expect(article.removed).toEqual({ share: 1, button: 1 });
  });

  it('prefers the link the source declares over one found in the text', () => {
    const body = 'Copy linkhttps://example.com/short\nA sentence long enough to be the body of this small article.';
    const { article } = cleanDocument({ source: 'S', body, format: 'text', url: 'https://example.com/full' }, rules);
    expect(article.url).toBe('https://example.com/full');
  });

  it('gives a local file without a declared link its file:// URL', () => {
    const body = 'A sentence long enough to be the body of this small article, with no link.';
    const { article } = cleanDocument({ source: 'S', body, format: 'text', file: '/tmp/articles/a b.txt' }, rules);
    expect(article.url).toBe('file:///tmp/articles/a%20b.txt');
  });

  it('reads the title of a markdown file from its first heading', () => {
    const body = '# Council approves the budget\n\nThe council approved the budget on Monday after a long debate.';
    const { article } = cleanDocument({ source: 'S', body, format: 'markdown' }, rules);
    expect(article.title).toBe('Council approves the budget');
    expect(article.text).toBe('The council approved the budget on Monday after a long debate.');
  });

  it('turns an HTML title (Atom type="html") into plain text', () => {
    const body = '<p>Look west an hour after sunset, low above the horizon, for the comet.</p>';
    const { article } = cleanDocument({ source: 'S', title: 'Comet <em>C/2025 A1</em> visible &amp; bright', body, format: 'html' }, rules);
    expect(article.title).toBe('Comet C/2025 A1 visible & bright');
  });

  it('reads the blank lines of a feed description without tags as paragraphs, so a byline above the first one is metadata', () => {
    const body = ' By Mere Tane of  RNZ  \n\nAs the cases climb in Auckland, towns in the South Island ask to move to a lower alert level on their own.\n\nThe mayors of P&#257;tea and Ōamaru wrote to the minister.';
    const { article } = cleanDocument({ source: 'S', title: 'Alert levels split the country', body, format: 'html' }, rules);
    expect(article.metadata.byline).toBe('Mere Tane of RNZ');
    expect(article.text.split('\n\n')).toEqual([
      'As the cases climb in Auckland, towns in the South Island ask to move to a lower alert level on their own.',
      'The mayors of Pātea and Ōamaru wrote to the minister.',
    ]);
    // Markup keeps HTML's reading: its newlines are spaces.
    const marked = cleanDocument({ source: 'S', title: 'T', body: '<p>One line\n\nand the same paragraph, which runs on for a while.</p>', format: 'html' }, rules);
    expect(marked.article.text).toBe('One line and the same paragraph, which runs on for a while.');
  });

  it('moves a column\'s name in capitals before the first sentence to metadata, but not an acronym that starts it', () => {
    const sketch = cleanDocument({ source: 'S', title: 'Minister goes full Fonzie', body: '<p>HENRY DEEDES: That smooth operator assured us there is no need to worry about gas this winter.</p>', format: 'html' }, rules);
    expect(sketch.article.metadata.kicker).toBe('HENRY DEEDES');
    expect(sketch.article.text).toBe('That smooth operator assured us there is no need to worry about gas this winter.');
    const agency = cleanDocument({ source: 'S', title: 'Launch delayed', body: '<p>NASA: The agency put off the launch by a day because of high winds over the pad.</p>', format: 'html' }, rules);
    expect(agency.article.metadata.kicker).toBeUndefined();
    expect(agency.article.text).toMatch(/^NASA: The agency/);
  });

  it('carries a feed item\'s categories onto the article', () => {
    const categories = ['Business', 'Energy'];
    const body = '<p>Oil prices rose on Tuesday after the producers agreed to cut output again.</p>';
    const { article } = cleanDocument({ source: 'S', title: 'Oil rises', body, format: 'html', categories }, rules);
    expect(article.categories).toEqual(['Business', 'Energy']);
    expect(article.categories).not.toBe(categories);
  });

  it('gives an article without categories (a local file) no categories field', () => {
    const body = 'A sentence long enough to be the body of this small article, with no tags.';
    expect('categories' in cleanDocument({ source: 'S', body, format: 'text', file: '/tmp/a.txt' }, rules).article).toBe(false);
    expect('categories' in cleanDocument({ source: 'S', body, format: 'text', categories: [] }, rules).article).toBe(false);
  });

  it('strips C1 control characters and stray zero-width characters but keeps ZWNJ', () => {
    const body = 'Caf\u0092e prices\u200b rose again this week in the capital city, traders said.\n\nمن امروز می\u200cخواهم به بازار بروم و نان تازه بخرم.';
    const { article } = cleanDocument({ source: 'S', title: 'Prices', body, format: 'text' }, rules);
    expect(article.text).not.toMatch(/[\u0080-\u009F\u200B]/);
    expect(article.text).toContain('\u200c');
  });
});
