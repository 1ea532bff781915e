import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/clean/cleanDocument.js';
import { compileRules } from '../../../src/clean/compileRules.js';

const rules = compileRules();
const clean = (body: string) => cleanDocument({ source: 'Fixture', body, format: 'html' }, rules);
const sentence = (topic: string, n: number) => `This is sentence ${n} about ${topic}, written long enough, with commas, to read as a paragraph of the story.`;
const paragraphs = (topic: string, from: number, count: number) => Array.from({ length: count }, (_, i) => `<p>${sentence(topic, from + i)}</p>`).join('');

describe('dropInlineCards', () => {
  it('removes a hover card glued into a sentence and keeps the name it hangs on', () => {
    const card = '<span class="card"><img src="/p.jpg" alt=""><a href="/people/jane">Jane Roe</a><a href="/a">Senate passes the budget after a long night</a> <a href="/b">Roe asks court to hear the case again</a></span>';
    const { article, removed } = clean(`<html><body><article><h1>Headline</h1><p>A man pleaded guilty to threatening Rep. <span class="person"><a href="/people/jane">Jane Roe</a>${card}</span> (D-Minn.), prosecutors said on Monday.</p>${paragraphs('the case', 1, 3)}</article></body></html>`);
    expect(article.text).toContain('threatening Rep. Jane Roe (D-Minn.), prosecutors said on Monday.');
    expect(article.text).not.toContain('Senate passes the budget');
    expect(removed.map(({ rule }) => rule)).toContain('inline-card');
  });
});

describe('joinSplitArticle', () => {
  it('joins the two halves of an article that an advertisement splits', () => {
    const page = `<html><body><article class="story">
      <div class="wrap"><div class="story-body story-body-1">${paragraphs('the first half', 1, 3)}</div></div>
      <div class="ad"><p>Advertisement</p></div>
      <div class="wrap"><div class="story-body story-body-2">${paragraphs('the second half', 4, 8)}</div></div>
    </article><aside class="more"><p>Other stories</p></aside></body></html>`;
    const { article } = clean(page);
    expect(article.text).toContain(sentence('the first half', 1));
    expect(article.text).toContain(sentence('the second half', 11));
  });

  it('does not take in an author box beside the article', () => {
    const page = `<html><body><div class="post"><div class="entry-content">${paragraphs('the story', 1, 8)}</div>
      <div class="author-box"><p>Jane Roe writes about parenting, travel and food, and has two children, two cats and a blog of her own.</p></div></div></body></html>`;
    const { article } = clean(page);
    expect(article.text).not.toContain('Jane Roe writes about parenting');
  });
});

describe('furnitureToken and microdata', () => {
  it('keeps a standfirst in a "teaser" box that its microdata calls the description', () => {
    const page = `<html><body><article><h1>Headline of the story</h1>
      <div class="news-teaser" itemprop="description">The president invites volunteers to his residence every January, and this year the youth council was there too.</div>
      <div class="news-body">${paragraphs('the reception', 1, 4)}</div></article></body></html>`;
    const { article } = clean(page);
    expect(article.text.split('\n\n')[0]).toMatch(/^The president invites volunteers/);
  });
});

describe('the heading above the first paragraph', () => {
  it('stays with the article as its subtitle', () => {
    const page = `<html><body><main><h1>Chronicle</h1><h2>Fifty years of the boys' choir in the parish</h2>${paragraphs('the choir', 1, 4)}</main></body></html>`;
    const { article } = clean(page);
    expect(article.text.split('\n\n')[0]).toBe("Fifty years of the boys' choir in the parish");
  });
});

describe('holdsEmbeddedPost', () => {
  it('keeps a post the article quotes, though its wrapper is named like a share bar', () => {
    const page = `<html><body><article><h1>Headline</h1>${paragraphs('the campaign', 1, 3)}
      <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real and the state spent half a million dollars on it.</p>— A reader (@reader) <a href="https://twitter.com/reader/status/1">November 18, 2019</a></blockquote></div>
      ${paragraphs('the reaction', 4, 2)}</article></body></html>`;
    const { article } = clean(page);
    expect(article.text).toContain('Yes this is real and the state spent half a million dollars on it.');
  });

  it('still removes a share bar', () => {
    const page = `<html><body><article><h1>Headline</h1>${paragraphs('the campaign', 1, 3)}<div class="social-share"><a href="/s">Share on Facebook</a> <a href="/t">Tweet this</a></div></article></body></html>`;
    expect(clean(page).article.text).not.toContain('Share on Facebook');
  });
});
