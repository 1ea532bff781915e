import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { renderBriefing } from '../../src/render/renderBriefing.js';
import { makeBriefing, story } from './briefingFixture.js';

const ARABIC_TITLE = 'وزراء الطاقة يتفقون على خفض الإنتاج';

/** The inline style of the MJML column around the story card whose title is `title`. */
function columnStyleBefore(html: string, title: string): string {
  // The title also appears in <title> and the preheader: the card is its last occurrence.
  const before = html.slice(0, html.lastIndexOf(title));
  const column = before.slice(before.lastIndexOf('class="mj-column-per-'));
  return /style="([^"]*)"/.exec(column)?.[1] ?? '';
}

describe('renderBriefing', () => {
  it('wraps the Arabic story in dir="rtl" lang="ar" and the English one in dir="ltr"', async () => {
    const { html } = await renderBriefing(makeBriefing());
    expect(html).toMatch(new RegExp(`<div dir="rtl" lang="ar"[^>]*>\\s*<h3[^>]*>\\s*<a[^>]*>${ARABIC_TITLE}`));
    expect(html).toMatch(/<div dir="ltr" lang="en"[^>]*>\s*<h3[^>]*>\s*<a[^>]*>Markets &amp; rates/);
  });

  it('sets direction:rtl on the columns of the Arabic story and direction:ltr on the English one', async () => {
    const { html } = await renderBriefing(makeBriefing());
    expect(columnStyleBefore(html, ARABIC_TITLE)).toContain('direction:rtl');
    expect(columnStyleBefore(html, 'Markets &amp; rates')).toContain('direction:ltr');
  });

  it('right-aligns the Arabic story text', async () => {
    const { html } = await renderBriefing(makeBriefing());
    const before = html.slice(0, html.lastIndexOf(ARABIC_TITLE));
    expect(before.slice(before.lastIndexOf('<td'))).toContain('align="right"');
    expect(before.slice(before.lastIndexOf('<td'))).toContain('text-align:right');
  });

  it('follows the briefing language on the root element', async () => {
    const { html } = await renderBriefing(makeBriefing({ language: 'ar', dir: 'rtl' }));
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
  });

  it('escapes a title that contains a script tag', async () => {
    const evil = story({ id: 'evil', title: '<script>alert(1)</script> "quoted"' });
    const briefing = makeBriefing({ topics: [{ name: 'World', kind: 'automatic', stories: [evil] }] });
    const { html } = await renderBriefing(briefing);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('drops a javascript: link but keeps the title', async () => {
    const sneaky = story({ id: 'js', title: 'Click me' });
    sneaky.articles = sneaky.articles.map((a) => ({ ...a, url: 'javascript:alert(1)' }));
    const { html } = await renderBriefing(makeBriefing({ topics: [{ name: 'World', kind: 'automatic', stories: [sneaky] }] }));
    expect(html).toContain('Click me');
    expect(html).not.toContain('javascript:');
  });

  it('leaves hidden stories out and says how many more the topic has', async () => {
    const { html, text } = await renderBriefing(makeBriefing());
    expect(html).not.toContain('A minor story nobody should see');
    expect(text).not.toContain('A minor story nobody should see');
    expect(html).toContain('+1 more');
    expect(text).toContain('+1 more');
  });

  it('lists the failed source with its reason', async () => {
    const { html } = await renderBriefing(makeBriefing());
    expect(html).toContain('Sources with problems');
    expect(html).toMatch(/Local Gazette<\/strong>.*failed.*HTTP 503 Service Unavailable/);
  });

  it('puts the first story titles in the preheader', async () => {
    const { html } = await renderBriefing(makeBriefing());
    expect(html).toMatch(new RegExp(`<div style="display:none;[^>]*>${ARABIC_TITLE} · Markets &amp; rates`));
  });

  it('uses Arabic interface strings and an Arabic date when the language is ar', async () => {
    const { html } = await renderBriefing(makeBriefing({ language: 'ar', dir: 'rtl' }));
    expect(html).toContain('المحتويات');
    expect(html).toContain('مصادر بها مشكلات');
    expect(html).toContain('وقصة أخرى');
    expect(html).toContain('مصدران');
    expect(html).toContain('مارس');
    expect(html).not.toContain('Contents');
  });

  it('formats the date in English for an English briefing', async () => {
    const { html } = await renderBriefing(makeBriefing());
    expect(html).toContain('Tuesday, March 5, 2024');
  });

  it('renders without warnings when the briefing is fine', async () => {
    const { warnings } = await renderBriefing(makeBriefing());
    expect(warnings).toEqual([]);
  });

  it('warns about an unknown timezone and renders in UTC', async () => {
    const { html, warnings } = await renderBriefing(makeBriefing({ timezone: 'Mars/Olympus' }));
    expect(warnings).toEqual(['timezone: "Mars/Olympus" is not a known IANA timezone, using UTC']);
    expect(html).toContain('Daily Briefing');
  });
});

describe('renderBriefing with a templatesDir', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('uses a partial from the user folder and the project templates for the rest', async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-templates-'));
    await mkdir(join(dir, 'partials'));
    await writeFile(
      join(dir, 'partials', 'footer.mjml.hbs'),
      '<mj-section><mj-column><mj-text>Sent by {{title}} for our team</mj-text></mj-column></mj-section>\n',
    );
    const { html, warnings } = await renderBriefing(makeBriefing(), { templatesDir: dir });
    expect(html).toContain('Sent by Daily Briefing for our team');
    expect(html).toContain(ARABIC_TITLE);
    expect(html).not.toContain('Prepared at');
    expect(warnings).toEqual([]);
  });

  it('rejects a templatesDir that does not exist', async () => {
    await expect(renderBriefing(makeBriefing(), { templatesDir: '/nonexistent/templates' })).rejects.toBeInstanceOf(ConfigError);
  });
});
