import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compileMjml } from '../../src/render/compileMjml.js';

// mj-style inline goes through juice, mj-html-attributes through mjml-core: the two users of cheerio.
const MJML = `<mjml><mj-head>
<mj-style inline="inline">.lead { color: #123456; }</mj-style>
<mj-html-attributes><mj-selector path=".lead"><mj-html-attribute name="data-role">lead</mj-html-attribute></mj-selector></mj-html-attributes>
</mj-head><mj-body><mj-section><mj-column><mj-text><p class="lead">وافق المجلس البلدي على الخطة</p></mj-text></mj-column></mj-section></mj-body></mjml>`;

describe('compileMjml', () => {
  it('inlines styles and sets attributes through cheerio without loading its page fetching', async () => {
    const { html, warnings } = await compileMjml(MJML);
    expect(warnings).toEqual([]);
    expect(html).toMatch(/<p class="lead"[^>]*style="color:\s*#123456;?"[^>]*>وافق المجلس البلدي على الخطة<\/p>/);
    expect(html).toMatch(/<p class="lead"[^>]*data-role="lead"/);
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    expect(loaded.some((file) => file.includes('/node_modules/mjml-core/'))).toBe(true);
    expect(loaded.filter((file) => /\/node_modules\/(undici|parse5)\//.test(file))).toEqual([]);
  }, 30_000);
});
