import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { Briefing } from '../types.js';
import { writeAtomic } from './writeAtomic.js';

export interface IndexEntry {
  date: string;
  title: string;
  stories: number;
  dir: 'rtl' | 'ltr';
  language: string;
  /** When the briefing was made (ISO 8601); the feeds date their entries by it. Absent in manifests written before it was added. */
  generatedAt?: string;
}

const MANIFEST = 'index.json';
const DATE_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

/**
 * Adds a briefing to the archive's manifest (index.json) and rewrites index.html from it, newest
 * first. The manifest keeps the index cheap: one small file is read, not every archived briefing.
 * A missing or unreadable manifest is rebuilt from the archived JSON files.
 */
export async function updateIndex(archiveDir: string, briefing: Briefing): Promise<string[]> {
  // Rebuilding skips the briefing being added: its entry is made from it, not read back from disk.
  const entries = (await readManifest(archiveDir)) ?? (await rebuildManifest(archiveDir, briefing.date));
  const entry: IndexEntry = {
    date: briefing.date,
    title: briefing.title,
    stories: briefing.stats.stories,
    dir: briefing.dir,
    language: briefing.language,
    generatedAt: briefing.generatedAt,
  };
  const merged = [entry, ...entries.filter((existing) => existing.date !== briefing.date)].sort((a, b) =>
    b.date.localeCompare(a.date),
  );
  const manifest = path.join(archiveDir, MANIFEST);
  const html = path.join(archiveDir, 'index.html');
  await writeAtomic(manifest, `${JSON.stringify(merged, null, 2)}\n`);
  await writeAtomic(html, renderIndexTemplate({ entries: merged }));
  return [manifest, html];
}

async function readManifest(archiveDir: string): Promise<IndexEntry[] | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path.join(archiveDir, MANIFEST), 'utf8'));
    return Array.isArray(parsed) ? (parsed as IndexEntry[]).filter((entry) => typeof entry.date === 'string') : undefined;
  } catch {
    return undefined;
  }
}

async function rebuildManifest(archiveDir: string, skipDate: string): Promise<IndexEntry[]> {
  const names = await readdir(archiveDir).catch(() => [] as string[]);
  const entries: IndexEntry[] = [];
  for (const name of names) {
    const date = DATE_FILE.exec(name)?.[1];
    if (!date || date === skipDate) continue;
    try {
      const briefing = JSON.parse(await readFile(path.join(archiveDir, name), 'utf8')) as Partial<Briefing>;
      entries.push({
        date,
        title: briefing.title ?? date,
        stories: briefing.stats?.stories ?? 0,
        dir: briefing.dir ?? 'ltr',
        language: briefing.language ?? 'en',
        ...(typeof briefing.generatedAt === 'string' ? { generatedAt: briefing.generatedAt } : {}),
      });
    } catch {
      entries.push({ date, title: date, stories: 0, dir: 'ltr', language: 'en' });
    }
  }
  return entries;
}

const renderIndexTemplate = Handlebars.create().compile<{ entries: IndexEntry[] }>(
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Briefing archive</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2937}
h1{font-size:1.5rem}ul{list-style:none;padding:0}li{padding:.6rem 0;border-bottom:1px solid #e5e7eb}
a{color:#1d4ed8;text-decoration:none}a:hover{text-decoration:underline}time{color:#4b5563;font-variant-numeric:tabular-nums;margin-inline-end:.75rem}.count{color:#6b7280;font-size:.875rem}</style>
</head>
<body>
<h1>Briefing archive</h1>
<ul>
{{#each entries}}
<li><time datetime="{{date}}">{{date}}</time> <a href="{{date}}.html" lang="{{language}}" dir="{{dir}}">{{title}}</a> <span class="count">· {{stories}} stories · <a href="{{date}}.txt">text</a> · <a href="{{date}}.json">json</a></span></li>
{{/each}}
</ul>
</body>
</html>
`,
);
