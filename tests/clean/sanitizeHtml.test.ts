import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/cleanDocument.js';
import { compileRules } from '../../src/clean/compileRules.js';
import { MAX_NESTING, sanitizeHtml } from '../../src/clean/sanitizeHtml.js';

const BASE = 'https://gazette.example/news/today.html';

describe('sanitizeHtml', () => {
  it('drops scripts, styles, embedded documents and form controls with their content', () => {
    const { html } = sanitizeHtml(
      '<p>a<script>alert(1)</script><style>p{}</style><iframe src="https://x.example"></iframe><object data="x.swf">fallback</object><embed src="x"><form action="/x"><input name="q"><button>Go</button></form>b</p>',
      BASE,
    );
    // A <form> closes an open <p> in HTML; what is left of it is an empty container.
    expect(html).toBe('<p>afallback</p><div></div>b<p></p>');
  });

  it('drops event handlers and style attributes, but keeps what the extractor reads', () => {
    const { html } = sanitizeHtml('<div class="post-body" id="main" role="main" data-component="article" onclick="x()" onmouseover="y()" style="color:red">t</div>', BASE);
    expect(html).toBe('<div class="post-body" id="main" role="main" data-component="article">t</div>');
  });

  it('keeps "hidden" in place of a style that hides', () => {
    expect(sanitizeHtml('<p style="display: none">x</p><p style="visibility:hidden">y</p>').html).toBe('<p hidden="hidden">x</p><p hidden="hidden">y</p>');
  });

  it.each([
    ['javascript:alert(1)'],
    [' JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html;base64,PHNjcmlwdD4='],
    ['&#106;avascript:alert(1)'],
  ])('drops the link %j', (href) => {
    expect(sanitizeHtml(`<a href="${href}">x</a>`, BASE).html).toBe('<a rel="noopener noreferrer">x</a>');
  });

  it('makes links absolute, with rel="noopener noreferrer"; drops relative links without a base', () => {
    expect(sanitizeHtml('<a href="../a?b=1&amp;c=2" target="_blank">x</a>', BASE).html).toBe('<a href="https://gazette.example/a?b=1&amp;c=2" rel="noopener noreferrer">x</a>');
    expect(sanitizeHtml('<a href="/a">x</a>').html).toBe('<a rel="noopener noreferrer">x</a>');
  });

  it('keeps images from the web only', () => {
    expect(sanitizeHtml('<img src="data:image/svg+xml,<svg onload=alert(1)>"><img src="/p.jpg" alt="A" onerror="x()">', BASE).html).toBe(
      '<img><img alt="A" src="https://gazette.example/p.jpg">',
    );
  });

  it('never lets meta, base or link through, and reads og:title and the canonical address on the way', () => {
    const { html, metadata } = sanitizeHtml(
      '<html><head><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="https://evil.example/"><link rel="canonical" href="/a"><meta property="og:title" content="Quay reopens"><title>T</title></head><body><p>x</p></body></html>',
    );
    expect(html).toBe('<html><head><title>T</title></head><body><p>x</p></body></html>');
    expect(metadata).toEqual({ ogTitle: 'Quay reopens', link: '/a' });
  });

  it('drops comments, CDATA and processing instructions, and keeps only class and id of a form', () => {
    expect(sanitizeHtml('<?xml version="1.0"?><!-- note --><p>a<![CDATA[x]]>b</p><form id="f" class="c" action="/x" method="post">t</form>').html).toBe('<p>ab</p><div id="f" class="c">t</div>');
  });

  it('takes the tags, never the text, off elements nested past the limit', () => {
    const deep = `${'<div>'.repeat(MAX_NESTING + 10)}deep text${'</div>'.repeat(MAX_NESTING + 10)}`;
    const { html } = sanitizeHtml(deep);
    expect(html.match(/<div>/g)).toHaveLength(MAX_NESTING);
    expect(html).toContain('deep text');
  });

  it('unwraps 100,000 sibling elements it does not allow in linear time', () => {
    const started = performance.now();
    const { html } = sanitizeHtml(`<p>${'<blink>w </blink>'.repeat(100_000)}</p>`);
    expect(html).toBe(`<p>${'w '.repeat(100_000)}</p>`);
    // Quadratic unwrapping (an indexOf and a splice per element) takes minutes here.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('hands the cleaning stage nothing of a script: its code never becomes article text', () => {
    const body = '<p>The harbour reopened on Monday.</p><script>document.write("Buy now")</script><p onclick="steal()">Ferries return on Wednesday.</p>';
    const { article } = cleanDocument({ source: 'S', url: BASE, body, format: 'html' }, compileRules());
    expect(article.text).toBe('The harbour reopened on Monday.\n\nFerries return on Wednesday.');
  });
});

describe('titles with markup', () => {
  it('keep their text, never the code of a script or the words of a style', () => {
    const body = '<p>The harbour reopened on Monday after three weeks of repairs to the northern quay.</p>';
    const { article } = cleanDocument({ source: 'S', title: 'Safe <script>alert("x")</script><style>b{}</style><b onclick="y()">title</b>', body, format: 'html' }, compileRules());
    expect(article.title).toBe('Safe title');
  });
});
