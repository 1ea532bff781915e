import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { OTHER_TOPIC } from '../../src/group/groupArticles.js';
import { renderBriefing } from '../../src/render/renderBriefing.js';
import type { Briefing, Topic } from '../../src/types.js';
import { article, makeBriefing, story } from './briefingFixture.js';
import { bidiBriefing } from './samples/bidiBriefing.js';
import { sampleBriefing } from './samples/sampleBriefing.js';

const ARABIC_TITLE = 'وزراء الطاقة يتفقون على خفض الإنتاج';

/** The opening tag of the story card whose title is `title`. */
function cardOf(html: string, title: string): string {
  // The title also appears in <title> and the preheader: the card is its last occurrence.
  const before = html.slice(0, html.lastIndexOf(title));
  return /<div dir=[^>]*>(?=\s*<h3)/.exec(before.slice(before.lastIndexOf('<div dir=')))?.[0] ?? '';
}

describe('renderBriefing', () => {
  it('wraps the Arabic story in dir="rtl" lang="ar" and the English one in dir="ltr"', async () => {
    const { html } = await renderBriefing(makeBriefing());
    expect(html).toMatch(new RegExp(`<div dir="rtl" lang="ar"[^>]*>\\s*<h3[^>]*>\\s*<a[^>]*>${ARABIC_TITLE}`));
    expect(html).toMatch(/<div dir="ltr" lang="en"[^>]*>\s*<h3[^>]*>\s*<a[^>]*>Markets &amp; rates/);
  });

  it('right-aligns the Arabic story card and left-aligns the English one', async () => {
    const { html } = await renderBriefing(makeBriefing());
    expect(cardOf(html, ARABIC_TITLE)).toMatch(/^<div dir="rtl" lang="ar" style="text-align:right;/);
    expect(cardOf(html, 'Markets &amp; rates')).toMatch(/^<div dir="ltr" lang="en" style="text-align:left;/);
  });

  it('sets direction:rtl and right alignment on the column of an Arabic briefing', async () => {
    // MJML writes direction:ltr on every column unless told otherwise (ARCHITECTURE.md).
    const { html } = await renderBriefing(makeBriefing({ language: 'ar', dir: 'rtl' }));
    expect(html).toMatch(/class="mj-column-per-100[^"]*" style="[^"]*direction:rtl/);
    expect(html).not.toMatch(/direction:ltr/);
    expect(html).toMatch(/<td align="right"/);
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

  it('gives a story left out no card, but lists it as a headline link after the shown ones', async () => {
    const { html, text } = await renderBriefing(makeBriefing());
    expect(html).not.toMatch(/<h3[^>]*>(?:(?!<\/h3>).)*A minor story nobody should see/s);
    expect(html).toContain('Also: <a href="https://wire.example/s-hidden" style="color:#1d4ed8;text-decoration:none">A minor story nobody should see</a></p>');
    expect(text).toContain('Also:\n  - A minor story nobody should see: https://wire.example/s-hidden\n');
    expect(html).not.toContain('+1 more');
  });

  it('links the three best stories left out, counts the rest, and skips those the reader had before', async () => {
    const briefing = makeBriefing();
    const economy = briefing.topics[1]!;
    const left = ['First', 'Second', 'Third', 'Fourth', 'Fifth'].map((name) => story({ id: `s-${name}`, title: `${name} story left out`, shown: false }));
    economy.stories = [economy.stories[0]!, { ...left[0]!, sentBefore: true }, ...left.slice(1)];
    const { html, text } = await renderBriefing(briefing);
    expect(html).not.toContain('First story left out');
    expect(html).toMatch(/Also: <a[^>]*>Second story left out<\/a>&nbsp;· <a[^>]*>Third story left out<\/a>&nbsp;· <a[^>]*>Fourth story left out<\/a>&nbsp;· \+2\u00a0more<\/p>/);
    expect(text).toContain('  - Fourth story left out: https://wire.example/s-Fourth\n  +2 more\n');
  });

  it('lists the failed source with its reason', async () => {
    const { html } = await renderBriefing(makeBriefing());
    expect(html).toContain('Sources with problems');
    expect(html).toMatch(/Local Gazette<\/strong>.*failed.*HTTP 503 Service Unavailable/);
  });

  it('puts the first story titles in the preheader', async () => {
    const { html } = await renderBriefing(makeBriefing());
    expect(html).toMatch(new RegExp(`<div style="display:none;[^>]*>\u2068${ARABIC_TITLE}\u2069 · Markets &amp; rates`));
  });

  it('uses Arabic interface strings and an Arabic date when the language is ar', async () => {
    const { html } = await renderBriefing(makeBriefing({ language: 'ar', dir: 'rtl' }));
    expect(html).toContain('المحتويات');
    expect(html).toContain('مصادر بها مشكلات');
    expect(html).toContain('وأيضًا: <a');
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

  /** A user's templates folder holding `files` (paths relative to it, partials/ included). */
  async function userTemplates(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), 'briefing-templates-'));
    await mkdir(join(dir, 'partials'));
    for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
    return dir;
  }

  it('uses a partial from the user folder and the project templates for the rest', async () => {
    await userTemplates({ 'partials/footer.mjml.hbs': '<mj-text>Sent by {{title}} for our team</mj-text>\n' });
    const { html, warnings } = await renderBriefing(makeBriefing(), { templatesDir: dir });
    expect(html).toContain('Sent by Daily Briefing for our team');
    expect(html).toContain(ARABIC_TITLE);
    expect(html).not.toContain('Prepared at');
    expect(warnings).toEqual([]);
  });

  // MJML inlines such styles with juice, which package.json's overrides give the project's cheerio.
  it('inlines the styles of an mj-style inline="inline" block of a user template', async () => {
    const page = await readFile(new URL('../../templates/briefing.mjml.hbs', import.meta.url), 'utf8');
    await userTemplates({
      'partials/footer.mjml.hbs': '<mj-text><p class="sign-off">Sent by {{title}}</p></mj-text>\n',
      'briefing.mjml.hbs': page.replace('</mj-attributes>', '</mj-attributes>\n<mj-style inline="inline">.sign-off { color: #7c2d12; }</mj-style>'),
    });
    const { html, warnings } = await renderBriefing(makeBriefing(), { templatesDir: dir });
    expect(html).toMatch(/<p class="sign-off" style="color: ?#7c2d12;?">Sent by Daily Briefing<\/p>/);
    expect(warnings).toEqual([]);
  });

  it('rejects a templatesDir that does not exist', async () => {
    await expect(renderBriefing(makeBriefing(), { templatesDir: '/nonexistent/templates' })).rejects.toBeInstanceOf(ConfigError);
  });
});

// Issue "Email that lands well": story cards, the catch-all topic, the footer, accessibility.
describe('renderBriefing story cards and footer', () => {
  const syndicated = story({
    id: 'syn',
    title: 'Central bank holds rates',
    articles: [
      article({
        id: 'r1',
        source: 'Reuters',
        url: 'https://reuters.example/rates',
        text: Array.from({ length: 460 }, () => 'word').join(' '),
        duplicates: [
          { id: 'y1', source: 'Yahoo News', url: 'https://yahoo.example/rates' },
          { id: 'r2', source: 'Reuters', url: 'https://reuters.example/rates-copy' },
        ],
      }),
      article({ id: 'a1', source: 'AP', url: 'https://ap.example/rates' }),
    ],
  });
  const withTopics = (topics: Topic[], language = 'en'): Briefing =>
    makeBriefing({ topics, language, dir: language === 'ar' ? 'rtl' : 'ltr' });

  it('counts the outlets of folded copies too, one link each, with a reading time', async () => {
    const { html, text } = await renderBriefing(withTopics([{ name: 'Economy', kind: 'configured', stories: [syndicated] }]));
    // No-break spaces keep a label or a name on one line; the minifier keeps the other spaces.
    expect(html).toContain('2\u00a0min\u00a0read · 3\u00a0sources: <a href="https://reuters.example/rates"');
    expect(html).toContain('>Reuters</a>&nbsp;· <a href="https://ap.example/rates"');
    expect(html).toContain('>Yahoo\u00a0News</a></p>');
    expect(html.match(/href="https:\/\/reuters\.example\/rates"/g)).toHaveLength(2); // title and outlet
    expect(html).toContain('href="https://yahoo.example/rates"');
    expect(html).not.toContain('rates-copy');
    expect(text).toContain('2 min read · 3 sources:\n  - Reuters: https://reuters.example/rates\n  - AP: https://ap.example/rates\n  - Yahoo News: https://yahoo.example/rates');
  });

  it('names the first eight outlets of a widely carried story and counts the rest', async () => {
    const wide = story({
      id: 'w',
      title: 'Summit ends',
      articles: Array.from({ length: 12 }, (_, index) => article({ id: `w${index}`, source: `Outlet ${index}`, url: `https://outlet${index}.example/summit` })),
    });
    const english = await renderBriefing(withTopics([{ name: 'World', kind: 'configured', stories: [wide] }]));
    expect(english.html).toContain('12\u00a0sources:');
    expect(english.html).toContain('>Outlet\u00a07</a> +4\u00a0more</p>');
    expect(english.html).not.toContain('outlet8.example');
    expect(english.text).toContain('  - Outlet 7: https://outlet7.example/summit\n  +4 more\n');
    const arabic = await renderBriefing(withTopics([{ name: 'العالم', kind: 'configured', stories: [wide] }], 'ar'));
    expect(arabic.html).toContain('و4\u00a0مصادر\u00a0أخرى');
  });

  it('says the reading time in Arabic with the Arabic plural', async () => {
    const { html } = await renderBriefing(withTopics([{ name: 'اقتصاد', kind: 'configured', stories: [syndicated] }], 'ar'));
    expect(html).toContain('قراءة\u00a0دقيقتين · 3\u00a0مصادر:');
  });

  it('names the automatic catch-all topic in the briefing language, and only that one', async () => {
    const other: Topic = { name: OTHER_TOPIC, kind: 'automatic', stories: [story({ id: 'o', title: 'Odd news' })] };
    const configured: Topic = { name: 'Other', kind: 'configured', stories: [story({ id: 'c', title: 'Configured news' })] };
    const arabic = await renderBriefing(withTopics([other], 'ar'));
    expect(arabic.html).toMatch(/<h2 [^>]*>أخرى<\/h2>/);
    expect(arabic.html).toMatch(/<a href="#topic-1"[^>]*>أخرى<\/a>/);
    expect(arabic.text).toContain('== أخرى ==');
    const english = await renderBriefing(withTopics([configured, other]));
    expect(english.html.match(/<h2 [^>]*>Other<\/h2>/g)).toHaveLength(2);
    expect((await renderBriefing(withTopics([configured], 'ar'))).html).toMatch(/<h2 [^>]*>Other<\/h2>/);
  });

  it("names each section in the briefing's language, and leaves out a section with nothing shown", async () => {
    const sports: Topic = { name: 'Sports', kind: 'section', section: 'sports', stories: [story({ id: 's', title: 'Cup final tonight' })] };
    const culture: Topic = { name: 'Culture', kind: 'section', section: 'culture', stories: [story({ id: 'c', title: 'A new opera', shown: false })] };
    const arabic = await renderBriefing(withTopics([sports, culture], 'ar'));
    expect(arabic.html).toMatch(/<h2 [^>]*>رياضة<\/h2>/);
    expect(arabic.text).toContain('== رياضة ==');
    expect(arabic.html).not.toContain('ثقافة');
    expect((await renderBriefing(withTopics([sports]))).html).toMatch(/<h2 [^>]*>Sports<\/h2>/);
  });

  it('says what the machine did to the run, in both parts, the English notice isolated in an Arabic briefing', async () => {
    const notice = 'state.db was damaged; it was moved to state.db.corrupt-20261123T070000Z and a fresh one started';
    const arabic = await renderBriefing(makeBriefing({ language: 'ar', dir: 'rtl', notices: [notice] }));
    expect(arabic.html).toMatch(/<h2 [^>]*>عن هذا التشغيل<\/h2>/);
    expect(arabic.html).toMatch(/<p style="[^"]*" dir="ltr">state\.db was damaged/);
    expect(arabic.text).toContain('عن هذا التشغيل:');
    expect(arabic.text).toContain(notice);
    const english = await renderBriefing(makeBriefing());
    expect(english.html).not.toContain('About this run');
  });

  it('puts an https unsubscribe link in the footer of both parts', async () => {
    const unsubscribe = 'https://briefing.example/unsubscribe?u=1&t=2';
    const { html, text, warnings } = await renderBriefing(makeBriefing(), { unsubscribe });
    expect(html).toContain('<a href="https://briefing.example/unsubscribe?u&#x3D;1&amp;t&#x3D;2" style="color:#475569">Unsubscribe</a>');
    expect(text).toMatch(/\nUnsubscribe: https:\/\/briefing\.example\/unsubscribe\?u=1&t=2\n$/);
    expect(warnings).toEqual([]);
  });

  it('accepts a mailto: unsubscribe link and says it in Arabic', async () => {
    const { html, text } = await renderBriefing(makeBriefing({ language: 'ar', dir: 'rtl' }), { unsubscribe: 'mailto:leave@briefing.example' });
    expect(html).toContain('<a href="mailto:leave@briefing.example" style="color:#475569">إلغاء الاشتراك</a>');
    expect(text).toContain('إلغاء الاشتراك: mailto:leave@briefing.example');
  });

  it.each(['http://briefing.example/unsubscribe', 'javascript:alert(1)', 'not a url'])('leaves out the unsubscribe link %s, with a warning', async (unsubscribe) => {
    const { html, text, warnings } = await renderBriefing(makeBriefing(), { unsubscribe });
    expect(html).not.toContain('Unsubscribe');
    expect(text).not.toContain('Unsubscribe');
    expect(warnings).toEqual([`unsubscribe: "${unsubscribe}" is not an https: or mailto: link, so the footer has none`]);
  });

  it('has no unsubscribe line when none is given', async () => {
    const { html, text } = await renderBriefing(makeBriefing());
    expect(html).not.toContain('Unsubscribe');
    expect(text).not.toContain('Unsubscribe');
  });
});

describe('renderBriefing accessibility', () => {
  it('uses h1 for the title, h2 for topics and problems, h3 for stories', async () => {
    const { html } = await renderBriefing(makeBriefing());
    const headings = [...html.matchAll(/<(h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/g)].map((match) => `${match[1]!}:${match[2]!.replace(/<[^>]+>/g, '')}`);
    expect(headings).toEqual([
      'h1:Daily Briefing',
      'h2:Energy',
      `h3:${ARABIC_TITLE}`,
      'h2:Economy',
      'h3:Markets &amp; rates: central bank holds',
      'h2:Sources with problems',
    ]);
  });

  it('marks every table as presentation, Outlook-only ones included, and has no image without alt', async () => {
    const { html } = await renderBriefing(sampleBriefing('ar', { shown: 6, hidden: 1 }));
    const tables = html.match(/<table\b[^>]*>/g) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.filter((table) => !table.includes('role="presentation"'))).toEqual([]);
    expect(html).not.toMatch(/<img\b(?![^>]*\balt=)/);
  });

  it('sets lang and dir on the root and on every story card', async () => {
    const { html } = await renderBriefing(sampleBriefing('ar', { shown: 6, hidden: 0 }));
    expect(html).toMatch(/^<!doctype html><html lang="ar" dir="rtl"/);
    expect(html.match(/<div dir="rtl" lang="ar" style="text-align:right;[^"]*">\s*<h3/g)).toHaveLength(6);
  });
});

describe('renderBriefing source health', () => {
  it('names failing and stale sources with the day each last worked', async () => {
    const briefing = {
      ...makeBriefing(),
      sources: [
        { name: 'Dead Feed', status: 'failed' as const, items: 0, error: 'HTTP 500 Internal Server Error', lastSuccess: '2026-11-20T07:00:00Z' },
        { name: 'Quiet Feed', status: 'ok' as const, items: 12, stale: true, lastNewItem: '2026-11-10T07:00:00Z' },
        { name: 'Fine Feed', status: 'ok' as const, items: 5 },
      ],
    };
    const { html, text } = await renderBriefing(briefing);
    expect(html).toContain('Dead Feed');
    expect(html).toMatch(/last worked on [^<]*November 20, 2026/);
    expect(html).toMatch(/Quiet Feed[\s\S]*stale[\s\S]*nothing new since [^<]*November 10, 2026/);
    expect(html).not.toContain('Fine Feed');
    expect(text).toContain('Quiet Feed');
  });
});

// Issue 24: the front page, what the run left out, and text of both directions side by side.
describe('renderBriefing front page', () => {
  it('opens with Top stories under a front-page heading, its lead set larger', async () => {
    const { html } = await renderBriefing(sampleBriefing('en', { shown: 8, hidden: 0, top: 3 }));
    const headings = [...html.matchAll(/<h2 id="topic-\d+"[^>]*>([^<]*)<\/h2>/g)].map((match) => match[1]);
    expect(headings[0]).toBe('Top stories');
    expect(html).toMatch(/<h2 id="topic-1" style="[^"]*border-bottom:3px solid #1e293b;font-size:20px;color:#0f172a">Top stories<\/h2>/);
    expect(html).toMatch(/<a href="#topic-1" style="[^"]*">Top stories<\/a><span style="color:#64748b">&nbsp;\(3\)<\/span>/);
    expect(html.match(/<h3 style="margin:0 0 6px;font-size:23px/g)).toHaveLength(1);
    expect(html.match(/<h2 id="topic-\d+" style="margin:0 0 10px;font-size:13px;color:#b45309">/g)?.length).toBe(headings.length - 1);
  });

  it('calls it أهم الأخبار in an Arabic briefing', async () => {
    const { html, text } = await renderBriefing(sampleBriefing('ar', { shown: 6, hidden: 0, top: 2 }));
    expect(html).toMatch(/<h2 id="topic-1"[^>]*>أهم الأخبار<\/h2>/);
    expect(text).toContain('== أهم الأخبار ==');
  });

  it('counts the distinct outlets the group stage gave, not the feeds', async () => {
    const twoFeeds = story({
      id: 'nyt',
      title: 'Settlers attack villages',
      outlets: 1,
      articles: [
        article({ id: 'n1', source: 'NYT World', url: 'https://www.nytimes.example/1', outlet: 'nytimes.example' }),
        article({ id: 'n2', source: 'NYT Middle East', url: 'https://www.nytimes.example/2', outlet: 'nytimes.example' }),
      ],
    });
    const { html, text } = await renderBriefing(makeBriefing({ topics: [{ name: 'World', kind: 'configured', stories: [twoFeeds] }] }));
    expect(html).toContain('1\u00a0source: <a href="https://www.nytimes.example/1"');
    expect(html).not.toContain('NYT Middle East');
    expect(text).toContain('1 source:\n  - NYT World: https://www.nytimes.example/1\n');
  });
});

describe('renderBriefing freshness', () => {
  it('lists the sources whose old items were left out, under a heading of their own', async () => {
    const briefing: Briefing = {
      ...makeBriefing(),
      sources: [
        { name: 'Local Gazette', status: 'failed', items: 0, error: 'HTTP 503 Service Unavailable' },
        { name: 'Reuters', status: 'ok', items: 20, skippedOld: 12 },
      ],
      maxAgeHours: 36,
    };
    const { html } = await renderBriefing(briefing);
    expect(html).toMatch(/>Sources with problems<\/h2>[\s\S]*Local Gazette[\s\S]*<h2 style="margin:14px 0 8px[^"]*">Left out for age<\/h2>/);
    expect(html).toContain('<strong>Reuters</strong> · <span style="color:#475569">12 older than 36 h left out</span>');
  });

  it('has the left-out list alone when no source has a problem', async () => {
    const { html } = await renderBriefing({ ...makeBriefing(), sources: [{ name: 'Reuters', status: 'ok', items: 20, skippedOld: 3 }], maxAgeHours: 24 });
    expect(html).not.toContain('Sources with problems');
    expect(html).toMatch(/<h2 style="margin:0 0 8px[^"]*">Left out for age<\/h2>/);
    expect(html).toContain('3 older than 24 h left out');
  });

  it('says why in place of the stories when every item was too old, with no contents line', async () => {
    const briefing: Briefing = {
      ...makeBriefing({ topics: [], stats: { articles: 0, stories: 0, shownStories: 0 } }),
      sources: [{ name: 'Reuters', status: 'ok', items: 37, skippedOld: 37 }],
      maxAgeHours: 36,
    };
    const { html, warnings } = await renderBriefing(briefing);
    const code = (text: string) => `<code dir="ltr" style="white-space:nowrap;font-size:14px">${text}</code>`;
    expect(html).toContain(
      `<p style="margin:0;font-size:16px">No articles today: all 37 items the sources gave were older than 36 h. To include them, raise ${code('briefing.maxAgeHours')} or run for an earlier day with ${code('--date')}.</p>`,
    );
    expect(html).toMatch(/<div style="display:none;[^>]*>No articles today: all 37 items/);
    expect(html).not.toContain('Contents');
    expect(warnings).toEqual([]);
  });
});

describe('renderBriefing bidirectional text', () => {
  it('makes each contents entry, name and count, one unit in the briefing direction, the separators outside', async () => {
    const { html } = await renderBriefing(bidiBriefing('ar'));
    const count = (n: number) => `<span style="color:#64748b">&nbsp;(${n})</span>`;
    const separator = '<span style="color:#64748b">&nbsp;· </span>';
    expect(html).toContain(
      `<span dir="rtl"><a href="#topic-2" dir="ltr" style="color:#1d4ed8;font-weight:600;text-decoration:none">ICE agent</a>${count(1)}</span>${separator}` +
        `<span dir="rtl"><a href="#topic-3" dir="ltr" style="color:#1d4ed8;font-weight:600;text-decoration:none">Check</a>${count(1)}</span>${separator}` +
        `<span dir="rtl"><a href="#topic-4" style="color:#1d4ed8;font-weight:600;text-decoration:none">سياسة</a>${count(1)}</span>`,
    );
    expect(html).toContain('<h2 id="topic-2" dir="ltr" style="margin:0 0 10px;font-size:13px;color:#b45309">ICE agent</h2>');
  });

  it("gives the line under a foreign card the briefing's direction and language, the colon after the count", async () => {
    const { html } = await renderBriefing(bidiBriefing('en'));
    expect(html).toContain('<p dir="ltr" lang="en" style="margin:0;font-size:13px;color:#64748b">1\u00a0min\u00a0read · 1\u00a0source: <a href="https://outlet0.example/t1" style="color:#1d4ed8;text-decoration:none">Sample\u00a0articles\u00a0(Arabic\u00a0and\u00a0English)</a></p>');
    expect(html).toContain('<a href="https://outlet0.example/e1" dir="rtl" style="color:#1d4ed8;text-decoration:none">الجزيرة</a>&nbsp;· <a href="https://outlet1.example/e1" style="color:#1d4ed8;text-decoration:none">Reuters</a>');
  });

  it('gives source names and error text of the other direction their own direction', async () => {
    const { html } = await renderBriefing(bidiBriefing('ar'));
    expect(html).toContain('<strong dir="ltr">BBC World</strong> · <span style="color:#b91c1c">تعذّر الجلب</span>: <span dir="ltr" style="color:#475569">HTTP 503 Service Unavailable</span>');
    expect(html).toContain('<strong dir="ltr">Al Jazeera</strong> · <span style="color:#475569">تُرك 12 خبرًا أقدم من 36 ساعة</span>');
  });
});

