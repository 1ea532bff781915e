import path from 'node:path';
import { InternalError } from '../errors.js';
import type { Briefing } from '../types.js';
import { updateFeeds } from './updateFeeds.js';
import { updateIndex } from './updateIndex.js';
import { writeAtomic } from './writeAtomic.js';

export interface RenderedBriefing {
  html: string;
  text: string;
  /** The HTML's body for the feeds, when the render made it (else the feeds read it from the HTML). */
  feedBody?: string;
}

/**
 * Writes `YYYY-MM-DD.{json,html,txt}` and refreshes `index.html`, `feed.xml` and `feed.json`. Each
 * file is replaced atomically; the JSON goes first, since it is the record the others are made from.
 */
export async function writeArchive(archiveDir: string, briefing: Briefing, rendered: RenderedBriefing, feeds: { feedBaseUrl?: string } = {}): Promise<string[]> {
  // The date names the files: it must never carry a path out of the archive folder.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(briefing.date)) throw new InternalError(`refusing to archive under the date ${JSON.stringify(briefing.date)}`);
  const files = archivePaths(archiveDir, briefing.date);
  await writeAtomic(files.json, `${JSON.stringify(briefing, null, 2)}\n`);
  await writeAtomic(files.html, rendered.html);
  await writeAtomic(files.text, rendered.text);
  const index = await updateIndex(archiveDir, briefing);
  const feed = await updateFeeds(archiveDir, briefing, {
    ...(feeds.feedBaseUrl === undefined ? {} : { baseUrl: feeds.feedBaseUrl }),
    ...(rendered.feedBody === undefined ? {} : { body: rendered.feedBody }),
  });
  return [files.json, files.html, files.text, ...index, ...feed];
}

export function archivePaths(archiveDir: string, date: string): { json: string; html: string; text: string } {
  const base = path.join(archiveDir, date);
  return { json: `${base}.json`, html: `${base}.html`, text: `${base}.txt` };
}
