import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explainCommand, type Explanation } from '../../src/commands/explainCommand.js';
import { ConfigError } from '../../src/errors.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';
import { useTempDirs, writeTree } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs();

const ARABIC_ARTICLE = [
  'وزارة الصحة تعلن خطة وطنية جديدة لتوزيع اللقاحات',
  'هذا الموقع يستخدم ملفات تعريف الارتباط لتحسين تجربتك، وبالضغط على موافق فإنك توافق على سياسة الخصوصية.',
  'موافق',
  'أعلنت وزارة الصحة اليوم عن خطة وطنية جديدة لتوزيع اللقاحات على المراكز الصحية في جميع المحافظات خلال الشهر المقبل.',
  'انسخ الرابطhttps://example.net/x',
  'وقال المتحدث باسم الوزارة إن الخطة تشمل أكثر من مئتي مركز صحي وستبدأ بالمناطق الأكثر حاجة قبل نهاية العام.',
  'المصدر: وكالة الأنباء الوطنية',
].join('\n');

const ENGLISH_PAGE = `<!doctype html>
<html lang="en"><head><title>Harbour bridge reopens after two years of repairs | The Ledger</title></head>
<body>
  <main><article>
    <h1>Harbour bridge reopens after two years of repairs</h1>
    <ul class="share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Copy link</a></li></ul>
    <p>The harbour bridge reopened to traffic on Monday morning after two years of repairs that cost the city more than forty million euros.</p>
    <p>Engineers replaced every cable of the suspension deck and rebuilt both approach ramps, the city's transport office said in a statement.</p>
    <p>Share</p>
  </article></main>
</body></html>`;

/** Runs the command with its output captured, as the CLI would with stdout piped to a file. */
async function explainCaptured(target: string, options: { json?: boolean; config?: string } = {}, tty = false, env: NodeJS.ProcessEnv = {}) {
  let out = '';
  const code = await explainCommand(target, options, { out: (text) => (out += text), isTTY: tty, env });
  return { code, out };
}

async function writeArabicArticle(): Promise<string> {
  const [file] = await writeTree(await makeTempDir(), { 'vaccines.txt': ARABIC_ARTICLE });
  return file!;
}

describe('explainCommand', () => {
  let server: FeedServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('prints exactly title, url, language, dir, the date and where it came from, text, removed, metadata and the section as JSON', async () => {
    const { code, out } = await explainCaptured(await writeArabicArticle(), { json: true });
    expect(code).toBe(0);
    const result = JSON.parse(out) as Explanation;
    expect(Object.keys(result).sort()).toEqual(['dateSource', 'dir', 'language', 'metadata', 'published', 'removed', 'section', 'sectionReason', 'text', 'title', 'url']);
    // A text file is dated by its modification time.
    expect(result.dateSource).toBe('file');
    expect(result).toMatchObject({ section: 'health', sectionReason: { signal: 'text' } });
    expect(result).toMatchObject({
      title: 'وزارة الصحة تعلن خطة وطنية جديدة لتوزيع اللقاحات',
      url: 'https://example.net/x',
      language: 'ar',
      dir: 'rtl',
      metadata: { attribution: 'وكالة الأنباء الوطنية' },
    });
    for (const removal of result.removed) expect(Object.keys(removal).sort()).toEqual(['rule', 'text']);
  });

  it('prints the date a local HTML page states, and where on the page it was read (issue 27)', async () => {
    const [file] = await writeTree(await makeTempDir(), {
      'page.html': '<html><head><meta property="article:published_time" content="2013-12-23T18:04:00Z"></head><body><h1>Storm warning</h1><p>Snow is expected across the north tonight.</p></body></html>',
    });
    const { out } = await explainCaptured(file!, { json: true });
    expect(JSON.parse(out)).toMatchObject({ published: '2013-12-23T18:04:00.000Z', dateSource: 'page', dateEvidence: 'meta article:published_time' });
    expect((await explainCaptured(file!)).out).toMatch(/^published: 2013-12-23T18:04:00\.000Z \(stated by the page: meta article:published_time\)$/m);
  });

  it('lists the cookie notice, the glued copy-link label and the OK button among the removed blocks', async () => {
    const { out } = await explainCaptured(await writeArabicArticle(), { json: true });
    const { removed, text } = JSON.parse(out) as Explanation;
    expect(removed).toEqual(
      expect.arrayContaining([
        { text: expect.stringContaining('هذا الموقع يستخدم ملفات تعريف الارتباط') as unknown, rule: 'cookie-notice' },
        { text: 'انسخ الرابط', rule: 'share' },
        { text: 'https://example.net/x', rule: 'link' },
        { text: 'موافق', rule: 'button' },
      ]),
    );
    expect(text.split('\n\n')).toHaveLength(2);
    expect(text).not.toMatch(/ملفات تعريف الارتباط|انسخ الرابط|موافق/);
  });

  it('shows people the fields, the cleaned text and each removal with its rule', async () => {
    const { out } = await explainCaptured(await writeArabicArticle());
    expect(out).toMatch(/^title: +وزارة الصحة/m);
    expect(out).toMatch(/^url: +https:\/\/example\.net\/x$/m);
    expect(out).toMatch(/^language: +ar$/m);
    expect(out).toMatch(/^dir: +rtl$/m);
    expect(out).toMatch(/^metadata: +attribution: وكالة الأنباء الوطنية$/m);
    expect(out).toContain('أعلنت وزارة الصحة اليوم');
    expect(out).toMatch(/^Removed \(\d+\)$/m);
    expect(out).toMatch(/^\[cookie-notice\] هذا الموقع يستخدم/m);
    expect(out).toMatch(/^\[share\] انسخ الرابط$/m);
    expect(out).toMatch(/^\[button\] موافق$/m);
  });

  it('cuts a long removed block to one short line', async () => {
    const { out } = await explainCaptured(await writeArabicArticle());
    const notice = out.split('\n').find((line) => line.startsWith('[cookie-notice]'));
    expect(notice).toMatch(/…$/);
    expect(Array.from(notice ?? '').length).toBeLessThanOrEqual('[cookie-notice] '.length + 100);
  });

  it('uses colour on a terminal only, and not when NO_COLOR is set', async () => {
    const file = await writeArabicArticle();
    expect((await explainCaptured(file, {}, true)).out).toContain('\x1b[');
    expect((await explainCaptured(file, {}, true, { NO_COLOR: '1' })).out).not.toContain('\x1b[');
    expect((await explainCaptured(file, {}, false)).out).not.toContain('\x1b[');
  });

  it('explains an HTML page from its address, with the final URL and the share row removed', async () => {
    server = await startFeedServer({
      '/old': { status: 301, headers: { location: '/news/bridge' } },
      '/news/bridge': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: ENGLISH_PAGE },
    });
    const { code, out } = await explainCaptured(server.url('/old'), { json: true });
    expect(code).toBe(0);
    const result = JSON.parse(out) as Explanation;
    expect(result.title).toBe('Harbour bridge reopens after two years of repairs');
    expect(result.url).toBe(server.url('/news/bridge'));
    expect(result.language).toBe('en');
    expect(result.text).toMatch(/^The harbour bridge reopened to traffic on Monday morning/);
    expect(result.text).toContain('Engineers replaced every cable');
    expect(result.text).not.toMatch(/Share|Copy link/);
    expect(result.removed.some(({ text, rule }) => /share/.test(rule) && text.includes('Share on Facebook'))).toBe(true);
  });

  it("files a feed item by its category and, with a config, names the topic and the keywords that matched where", async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>Iranian drones strike a tanker in the Gulf of Oman</title><link>https://example.org/1</link><category>World News</category>
      <description>A tanker was hit by two drones off the coast of Oman on Tuesday, its operator said. Nobody was hurt.</description></item>
    </channel></rss>`;
    server = await startFeedServer({ '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: feed } });
    const dir = await makeTempDir();
    const [config] = await writeTree(dir, { 'sources.json': JSON.stringify({ sources: [{ name: 'A', path: 'a' }], topics: [{ name: 'Middle East', keywords: ['Iran', 'Israel'] }] }) });
    const [result] = JSON.parse((await explainCaptured(server.url('/feed.xml'), { json: true, config: config! })).out) as Explanation[];
    expect(result).toMatchObject({ categories: ['World News'], section: 'world', sectionReason: { signal: 'category', evidence: ['World News'] } });
    expect(result?.topicMatch).toMatchObject({ topic: 'Middle East', hits: [{ keyword: 'Iran', matched: 'Iranian', field: 'title' }] });
    const { out } = await explainCaptured(server.url('/feed.xml'), { config: config! });
    expect(out).toContain(`section:   world (the feed's category "World News")`);
    expect(out).toContain('topic:     Middle East ("Iran" as "Iranian" in the headline)');
  });

  it("cleans with the config's own cleaning rules when given one", async () => {
    const dir = await makeTempDir();
    const [article, config] = await writeTree(dir, {
      'bridge.txt':
        'Harbour bridge reopens after two years\n\nThe harbour bridge reopened to traffic on Monday morning after two years of repairs.\n\n' +
        'Ledger crossword answers are on page nine, next to the weather and the tides.\n\nEngineers replaced every cable of the suspension deck and rebuilt both approach ramps.',
      'sources.json': JSON.stringify({ sources: [{ name: 'A', path: 'a' }], cleaning: { removeLines: ['Ledger crossword answers are on page nine, next to the weather and the tides.'] } }),
    });
    expect((JSON.parse((await explainCaptured(article!, { json: true })).out) as Explanation).text).toContain('crossword');
    const cleaned = JSON.parse((await explainCaptured(article!, { json: true, config: config! })).out) as Explanation;
    expect(cleaned.text).not.toContain('crossword');
    expect(cleaned.removed.some(({ text }) => text.includes('crossword'))).toBe(true);
  });

  it('explains every item of a feed as a JSON array', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>First story</title><link>https://example.org/1</link><description>The first story has a sentence long enough to stay in the text.</description></item>
      <item><title>Second story</title><link>https://example.org/2</link><description>The second story also has a sentence that is long enough to stay.</description></item>
    </channel></rss>`;
    server = await startFeedServer({ '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: feed } });
    const { out } = await explainCaptured(server.url('/feed.xml'), { json: true });
    const results = JSON.parse(out) as Explanation[];
    expect(results.map(({ title, url }) => ({ title, url }))).toEqual([
      { title: 'First story', url: 'https://example.org/1' },
      { title: 'Second story', url: 'https://example.org/2' },
    ]);
  });

  it('rejects a missing file with a ConfigError that names the path', async () => {
    const missing = path.join(await makeTempDir(), 'nowhere.txt');
    await expect(explainCaptured(missing)).rejects.toThrow(new ConfigError(`no such file: ${missing}`));
  });

  it('rejects a folder and a file that is not text, Markdown or HTML', async () => {
    const dir = await makeTempDir();
    const [pdf] = await writeTree(dir, { 'paper.pdf': '%PDF-1.7' });
    await expect(explainCaptured(dir)).rejects.toThrow(/is not a file/);
    await expect(explainCaptured(pdf!)).rejects.toThrow(/not a \.txt, \.md or \.html file/);
  });

  it('turns an HTTP error into a ConfigError with the status', async () => {
    server = await startFeedServer({});
    const error: unknown = await explainCaptured(server.url('/gone')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(`cannot fetch ${server.url('/gone')}: HTTP 404 Not Found`);
  });
});
