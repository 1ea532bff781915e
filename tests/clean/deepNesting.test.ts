import { Document, Element, Text } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../src/clean/html/collectBlocks.js';
import { findLead } from '../../src/clean/html/findLead.js';
import { measureTree, textOf } from '../../src/clean/html/measure.js';
import { pickContent } from '../../src/clean/html/pickContent.js';
import { pruneContent } from '../../src/clean/html/pruneContent.js';
import { extractHtml } from '../../src/clean/extractHtml.js';
import { limitNesting } from '../../src/collect/limitNesting.js';
import type { Removal } from '../../src/clean/cleanBlocks.js';

const DEPTH = 100_000;

/** <body><h1>…</h1><div><div>… DEPTH times …<p>text</p></div>…</div></body>, built without a parser. */
function deepTree(): { body: Element } {
  const paragraph = new Element('p', {}, [new Text('A paragraph of the article, long enough to count, with a comma or two, here.')]);
  let inner: Element = paragraph;
  for (let level = 0; level < DEPTH; level++) inner = linked(new Element('div', { class: level % 2 ? 'content' : 'share' }, [inner]));
  const body = linked(new Element('body', {}, [linked(new Element('h1', {}, [new Text('Headline')])), inner]));
  new Document([body]);
  return { body };
}

// domhandler's constructors take children but leave their `parent` unset; the parser sets it.
function linked<T extends Element>(element: T): T {
  element.children.forEach((child, index) => {
    child.parent = element;
    child.prev = element.children[index - 1] ?? null;
    child.next = element.children[index + 1] ?? null;
  });
  return element;
}

describe('HTML walkers on 100,000 nested elements', () => {
  it('measure the tree without overflowing the stack', () => {
    const { body } = deepTree();
    const measures = measureTree(body);
    expect(measures.get(body)).toMatchObject({ paragraphs: 1, text: expect.any(Number) as unknown });
    expect(textOf(body)).toContain('A paragraph of the article');
  });

  it('pick the content, find the lead and prune, without overflowing the stack', () => {
    const { body } = deepTree();
    const measures = measureTree(body);
    const content = pickContent(body, measures);
    expect(content.length).toBeGreaterThan(0);
    expect(findLead(body, content, measures)).toEqual([]);
    const removed: Removal[] = [];
    pruneContent(content, measures, removed);
    expect(Array.isArray(removed)).toBe(true);
  });

  it('collect the blocks in reading order without overflowing the stack', () => {
    const { body } = deepTree();
    const blocks = collectBlocks([body], []);
    expect(blocks.map((block) => block.text)).toEqual(['Headline', 'A paragraph of the article, long enough to count, with a comma or two, here.']);
  });
});

describe('limitNesting', () => {
  it('drops tags, never text, past the depth limit, in linear time', () => {
    const deep = `${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}`;
    const started = performance.now();
    const limited = limitNesting(deep, 100);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(limited).toBe(`${'<div>'.repeat(100)}deep text${'</div>'.repeat(100)}`);
  });

  it('leaves shallow markup, void elements, comments and CDATA as they are', () => {
    const markup = '<p>a<br>b<img src="x"></p><!-- <div><div> --><![CDATA[<div><div>]]>';
    expect(limitNesting(markup, 2)).toBe(markup);
  });

  it('drops an empty element at the limit even when nothing opens past it', () => {
    expect(limitNesting('<a><b><br/>text</b></a>', 2, false)).toBe('<a><b>text</b></a>');
    expect(limitNesting('<p><span>a<br>b</span></p>', 2)).toBe('<p><span>ab</span></p>');
  });

  it('lets the extractor read a page nested 100,000 deep', () => {
    const page = `<html><body><h1>Title</h1>${'<div>'.repeat(100_000)}<p>The text of the article, deep inside.</p>${'</div>'.repeat(100_000)}</body></html>`;
    const started = performance.now();
    const { blocks } = extractHtml(page);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(blocks.map((block) => block.text)).toContain('The text of the article, deep inside.');
  });
});
