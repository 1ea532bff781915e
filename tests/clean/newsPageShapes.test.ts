import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/cleanDocument.js';
import { compileRules } from '../../src/clean/compileRules.js';

// Issue 27: shapes of real news pages (CNN, 2013; CNN Arabic) on which the cleaner kept captions,
// gallery links, credits, comment policies and the dateline. The fixtures are written for these
// tests; no page of those sites is copied.
const rules = compileRules();
const clean = (name: string) => cleanDocument({ source: 'Fixture', body: readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8'), format: 'html' }, rules);
const rulesFor = (removed: readonly { text: string; rule: string }[], needle: string) => removed.filter(({ text }) => text.includes(needle)).map(({ rule }) => rule);

describe('cleanDocument on a CNN-like page with a photo gallery', () => {
  const { article, removed } = clean('en-cnn-like-gallery.html');
  const paragraphs = article.text.split('\n\n');

  it('opens the text with the story, not with the photo caption that a "HIDE CAPTION" control follows', () => {
    expect(paragraphs[0]).toMatch(/^A winter storm spread snow and ice/);
    expect(article.text).not.toContain("O'Hare International Airport in Chicago on Tuesday, as snow delayed");
    expect(rulesFor(removed, 'Travelers wait in line')).toEqual(['caption']);
    expect(rulesFor(removed, 'HIDE CAPTION')).toContain('caption-control');
  });

  it('drops a caption with its control glued to its end ("… Hide Caption")', () => {
    expect(article.text).not.toContain('Drivers crawl along Interstate 94');
    expect(rulesFor(removed, 'Drivers crawl along')).toEqual(['caption']);
  });

  it('drops the related-link line the page repeats under every photo, wherever it stands', () => {
    expect(article.text).not.toContain('Weather threatens holiday plans');
    expect(new Set(rulesFor(removed, 'Weather threatens holiday plans'))).toEqual(new Set(['repeated']));
  });

  it('drops the "<<" and "<" arrows and the "1 of 4" position of the gallery', () => {
    expect(article.text).not.toMatch(/<|1 of 4/);
    expect(rulesFor(removed, '<<')).toContain('navigation');
  });

  it('drops the credits line "CNN\'s … contributed to this report"', () => {
    expect(article.text).not.toContain('contributed to this report');
    expect(rulesFor(removed, 'contributed to this report')).toEqual(['credits']);
  });

  it('files the dateline "CHICAGO (CNN) --" as metadata and keeps every paragraph of the story', () => {
    expect(article.metadata.dateline).toBe('CHICAGO (CNN)');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs.at(-1)).toMatch(/^Forecasters expect the storm to weaken/);
  });
});

describe('cleanDocument on a CNN-Arabic-like page with a comment policy', () => {
  const { article, removed } = clean('ar-cnn-like-comments.html');
  const paragraphs = article.text.split('\n\n');

  it('files the dateline paragraph "دمشق، سوريا (CNN) --" as metadata, so the text opens with the news', () => {
    expect(article.metadata.dateline).toBe('دمشق، سوريا (CNN)');
    expect(paragraphs[0]).toMatch(/^دعت الأمم المتحدة/);
    expect(article.text).not.toContain('(CNN)');
  });

  it('drops the comment policy and the disclaimer on readers\' views, by the rule that says so', () => {
    expect(article.text).not.toContain('بالنقاش الحيوي');
    expect(article.text).not.toContain('الآراء الواردة أدناه');
    expect(rulesFor(removed, 'بالنقاش الحيوي')).toEqual(['comment-policy']);
    expect(rulesFor(removed, 'الآراء الواردة أدناه')).toEqual(['comment-policy']);
  });

  it('keeps the four paragraphs of the story and its Arabic headline', () => {
    expect(article.title).toBe('الأمم المتحدة تدعو إلى هدنة إنسانية في ريف دمشق');
    expect(paragraphs).toHaveLength(4);
    expect(article.dir).toBe('rtl');
  });
});
