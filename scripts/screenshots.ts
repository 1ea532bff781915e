// `npm run screenshots`: the pictures of the README. Makes an English and an Arabic briefing from
// the shipped sample articles (examples/articles, the local source of sources.json) with the real
// CLI, offline, and photographs each email in Debian's Chromium (fonts-noto-core draws the Arabic;
// scripts/ensureTestBrowser.sh installs both). Writes docs/images/briefing-en.png and briefing-ar.png.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { parseJson } from '../src/config/load.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const images = path.join(root, 'docs', 'images');
const WIDTH = 600;
const HEIGHT = 800;

const BRIEFINGS = [
  { language: 'en', title: 'Morning Briefing', articles: 'en-*', topicNames: {} },
  // The shipped topics are named in English; an Arabic reader sees them in Arabic.
  { language: 'ar', title: 'موجز الصباح', articles: 'ar-*', topicNames: { Cybersecurity: 'الأمن السيبراني', 'Climate and water': 'المناخ والمياه' } },
] as const;

const shipped = parseJson(await readFile(path.join(root, 'sources.json'), 'utf8'), 'sources.json') as { topics?: { name: string; keywords: string[] }[] };
const work = await mkdtemp(path.join(tmpdir(), 'briefing-screenshots-'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  await mkdir(images, { recursive: true });
  for (const briefing of BRIEFINGS) {
    const folder = path.join(work, briefing.language);
    const config = path.join(folder, 'sources.json');
    await mkdir(folder, { recursive: true });
    await writeFile(
      config,
      JSON.stringify({
        briefing: { title: briefing.title, language: briefing.language, timezone: 'UTC' },
        sources: [{ name: briefing.language === 'ar' ? 'مقالات نموذجية' : 'Sample articles', path: path.join(root, 'examples', 'articles', briefing.articles) }],
        topics: (shipped.topics ?? []).map((topic) => ({ ...topic, name: (briefing.topicNames as Record<string, string>)[topic.name] ?? topic.name })),
      }),
    );
    await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'cli.ts'), 'run', '--quiet', '--no-send', '--config', config], {
      cwd: root,
      env: { ...process.env, SMTP_URL: '' },
    });
    const html = (await readdir(path.join(folder, 'briefings'))).find((file) => /^\d{4}-\d{2}-\d{2}\.html$/.test(file));
    if (!html) throw new Error(`no briefing was written in ${folder}`);
    const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
    await page.goto(pathToFileURL(path.join(folder, 'briefings', html)).href);
    const target = path.join(images, `briefing-${briefing.language}.png`);
    await page.screenshot({ path: target, fullPage: true });
    await page.close();
    process.stdout.write(`wrote ${path.relative(root, target)}\n`);
  }
} finally {
  await browser.close();
  await rm(work, { recursive: true, force: true });
}
