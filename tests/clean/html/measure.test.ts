import { findOne, removeElement } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { measureTree, unmeasure } from '../../../src/clean/html/measure.js';

const PAGE = `<body><main><p>First,  paragraph   of the article, with commas.</p><p>Second one، in Arabic style.</p>
<ul><li><a href="/a">Related   link</a></li><li>Plain item</li></ul><img src="x.jpg"></main>
<aside><p>Sign up, now</p><a href="/b">More</a></aside></body>`;

const byName = (root: ReturnType<typeof parseDocument>, name: string) => findOne((element) => element.name === name, root.children)!;

describe('measureTree', () => {
  it('counts text with white space runs as one, links, commas and elements, summed up the tree', () => {
    const document = parseDocument(PAGE);
    const measures = measureTree(byName(document, 'body'));
    const main = measures.get(byName(document, 'main'));
    const first = 'First, paragraph of the article, with commas.'.length;
    expect(measures.get(byName(document, 'p'))).toMatchObject({ text: first, commas: 2, paragraphs: 1, links: 0 });
    expect(main).toMatchObject({ paragraphs: 2, listItems: 2, images: 1, links: 'Related link'.length, commas: 3 });
    expect(measures.get(byName(document, 'body'))).toMatchObject({ paragraphs: 3, links: 'Related link'.length + 'More'.length, commas: 4 });
  });

  it('takes a removed element out of its ancestors, as measuring the tree again would', () => {
    const document = parseDocument(PAGE);
    const body = byName(document, 'body');
    const measures = measureTree(body);
    const aside = byName(document, 'aside');
    unmeasure(aside, measures);
    removeElement(aside);
    expect(measures.get(body)).toEqual(measureTree(body).get(body));
  });
});
