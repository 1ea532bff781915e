import { describe, expect, it } from 'vitest';
import { cleanCategories, MAX_CATEGORIES, MAX_CATEGORY_CHARS } from '../../src/collect/cleanCategories.js';

describe('cleanCategories', () => {
  it('keeps plain labels as written, in feed order', () => {
    expect(cleanCategories(['Politics', 'Middle East', 'سياسة'])).toEqual(['Politics', 'Middle East', 'سياسة']);
  });

  // Values come with the XML's own escaping undone: what entities are left, the feed escaped twice.
  it('strips markup, also markup escaped once more, and decodes the entities left', () => {
    expect(cleanCategories(['<b>Sports</b>', '&lt;i&gt;Arts&lt;/i&gt;', 'Arts &amp; Culture', 'caf&eacute;'])).toEqual(['Sports', 'Arts', 'Arts & Culture', 'café']);
  });

  it('never keeps the code of a script or a style as words', () => {
    expect(cleanCategories(['<script>alert(1)</script>Business<style>b{}</style>', '<script>alert(2)</script>'])).toEqual(['Business']);
  });

  it('keeps words apart across block elements and together across inline ones', () => {
    expect(cleanCategories(['<p>World</p><p>News</p>', 'Sp<b>or</b>ts', 'Tech<br>Science'])).toEqual(['World News', 'Sports', 'Tech Science']);
  });

  it('collapses whitespace and removes control and invisible characters, but keeps ZWNJ', () => {
    expect(cleanCategories(['  Local\n\t  news ', 'Cli\u200bmate\u0092', '\u202bاقتصاد\u202c', 'می\u200cخواهم'])).toEqual(['Local news', 'Climate', 'اقتصاد', 'می\u200cخواهم']);
  });

  it('drops empty ones, and repeats whatever their case', () => {
    expect(cleanCategories(['', '   ', '<b> </b>', '&nbsp;', 'Sports', 'SPORTS', ' sports ', 'Sport'])).toEqual(['Sports', 'Sport']);
  });

  it('turns an address into its last path segment and drops identifiers', () => {
    const values = ['https://news.example/tag/world-news/', 'http://schemas.google.com/blogger/2008/kind#post', 'urn:uuid:1234', 'https://news.example/', 'Breaking: fire', 'tag:news.example,2025:x'];
    expect(cleanCategories(values)).toEqual(['world news', 'Breaking: fire']);
  });

  it(`cuts a long one to ${MAX_CATEGORY_CHARS} characters without splitting an emoji`, () => {
    const [long, emoji] = cleanCategories(['word '.repeat(10_000), `${'a'.repeat(MAX_CATEGORY_CHARS - 1)}😀 tail`]);
    expect(long).toBe('word '.repeat(20).trim());
    expect(emoji).toBe('a'.repeat(MAX_CATEGORY_CHARS - 1));
  });

  it(`keeps the first ${MAX_CATEGORIES} distinct ones of a thousand`, () => {
    const thousand = Array.from({ length: 1000 }, (_, index) => (index % 3 === 0 ? '' : `Tag ${index % 50}`));
    const kept = cleanCategories(thousand);
    expect(kept).toHaveLength(MAX_CATEGORIES);
    expect(kept.slice(0, 3)).toEqual(['Tag 1', 'Tag 2', 'Tag 4']);
  });

  it('reads a megabyte of markup in one category and keeps its start', () => {
    expect(cleanCategories([`<span>Economy</span>${'<i>x</i>'.repeat(150_000)}`])).toEqual([`Economy${'x'.repeat(MAX_CATEGORY_CHARS - 'Economy'.length)}`]);
  });
});
