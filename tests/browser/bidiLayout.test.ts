import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBriefing } from '../../src/render/renderBriefing.js';
import type { Direction } from '../../src/types.js';
import { bidiBriefing } from '../render/samples/bidiBriefing.js';
import { ARTIFACTS, launchChromium, SKIP_BROWSER } from './launchChromium.js';

/**
 * Issue 24, in the browser that draws it: an English briefing of Arabic stories and an Arabic one
 * of English stories. Each contents entry and each line under a card must be isolated in the
 * briefing's direction, and its pieces (name, count, " · "; "N sources", ":", outlets) must come
 * on screen in the briefing's reading order: the bugs were "… (Arabic and English) :1 min read"
 * and "Check · · (1) agent · ICE". The headline links of stories left out ("Also: …") are held to
 * the same.
 */
const WIDTHS = [600, 375];
const TIMEOUT = 60_000;

/** Where a piece of text is drawn. */
interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** An element that should isolate its content, and its pieces in reading order. */
interface Unit {
  tag: string;
  /** The `dir` of the element itself, or of its nearest ancestor that has one. */
  dir: string | null;
  direction: string;
  unicodeBidi: string;
  pieces: Box[];
}

// Lines of the email are at least 20px apart; pieces of one line differ by a few pixels at most.
const SAME_LINE = 8;

/** Whether `b` is drawn after `a` for a reader of `dir`: on a later line, or further along the same one. */
function follows(a: Box, b: Box, dir: Direction): boolean {
  const rise = (b.top + b.bottom) / 2 - (a.top + a.bottom) / 2;
  if (Math.abs(rise) > SAME_LINE) return rise > 0;
  return dir === 'ltr' ? b.left >= a.right - 1 : b.right <= a.left + 1;
}

/** The pairs of neighbouring pieces drawn out of reading order, as "a → b". */
function outOfOrder(pieces: readonly Box[], dir: Direction): string[] {
  return pieces.slice(1).flatMap((piece, n) => (follows(pieces[n]!, piece, dir) ? [] : [`${pieces[n]!.text} → ${piece.text}`]));
}

/** The contents entries, the lines under the cards and the source lines, as Chromium lays them out. */
function measure(page: Page): Promise<{ contents: Unit[]; separators: Box[]; metaLines: Unit[]; sourceLines: Box[][]; alsoLines: { links: (string | null)[]; pieces: Box[] }[] }> {
  return page.evaluate(() => {
    const box = (rect: DOMRect, text: string) => ({ text, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
    const boxOf = (element: Element) => box(element.getBoundingClientRect(), element.textContent.trim());
    const unitOf = (element: Element, pieces: { text: string; left: number; right: number; top: number; bottom: number }[]) => {
      const style = getComputedStyle(element);
      const tag = element.tagName.toLowerCase();
      return { tag, dir: element.closest('[dir]')?.getAttribute('dir') ?? null, direction: style.direction, unicodeBidi: style.unicodeBidi, pieces };
    };
    const links = [...document.querySelectorAll('a[href^="#topic-"]')];
    const contents = links.map((link) => {
      const entry = link.parentElement!;
      return unitOf(entry, [boxOf(link), boxOf(entry.lastElementChild!)]);
    });
    const separators = links.flatMap((link) => {
      const next = link.parentElement!.nextElementSibling;
      return next ? [boxOf(next)] : [];
    });
    const metaLines = [...document.querySelectorAll('h3')].map((heading) => {
      // The line under the card: "1 min read · 1 source: " as text, then one element per outlet.
      const line = heading.parentElement!.lastElementChild!;
      const label = line.firstChild!;
      const colon = (label.textContent ?? '').indexOf(':');
      const range = (from: number, to: number) => {
        const part = document.createRange();
        part.setStart(label, from);
        part.setEnd(label, to);
        return part;
      };
      // The label may wrap after its " · ": what must come before the colon is its end.
      const labelEnd = [...range(0, colon).getClientRects()].at(-1)!;
      return unitOf(line, [box(labelEnd, (label.textContent ?? '').slice(0, colon)), box(range(colon, colon + 1).getBoundingClientRect(), ':'), ...[...line.children].map(boxOf)]);
    });
    const sourceLines = [...document.querySelectorAll('strong')].map((name) => [boxOf(name), boxOf(name.nextElementSibling!)]);
    // "Also: …": the label, then each headline link of a story left out.
    const alsoLines = [...document.querySelectorAll('p')]
      .filter((line) => /^(?:Also:|وأيضًا:)/u.test(line.textContent.trim()))
      .map((line) => {
        const label = line.firstChild!;
        const part = document.createRange();
        part.setStart(label, 0);
        part.setEnd(label, (label.textContent ?? '').indexOf(':') + 1);
        return { links: [...line.querySelectorAll('a')].map((link) => link.getAttribute('dir')), pieces: [box(part.getBoundingClientRect(), 'label'), ...[...line.querySelectorAll('a')].map(boxOf)] };
      });
    return { contents, separators, metaLines, sourceLines, alsoLines };
  });
}

describe.skipIf(SKIP_BROWSER)('bidirectional text of the email in Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
    await mkdir(ARTIFACTS, { recursive: true });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  });

  for (const [language, dir, other] of [['en', 'ltr', 'Arabic'], ['ar', 'rtl', 'English']] as const) {
    for (const width of WIDTHS) {
      it(`keeps the reading order of the ${language} briefing around ${other} names and stories (${width}px)`, async () => {
        const { html } = await renderBriefing(bidiBriefing(language));
        const otherDir = dir === 'ltr' ? 'rtl' : 'ltr';
        const page = await browser!.newPage({ viewport: { width, height: 900 } });
        try {
          await page.setContent(html);
          const { contents, separators, metaLines, sourceLines, alsoLines } = await measure(page);

          expect(contents.length).toBe(language === 'ar' ? 4 : 3);
          for (const entry of contents) {
            expect({ tag: entry.tag, dir: entry.dir, direction: entry.direction, unicodeBidi: entry.unicodeBidi }).toEqual({ tag: 'span', dir, direction: dir, unicodeBidi: 'isolate' });
          }
          // Name, count, separator, next name…: each count after its own name, each " · " between two entries.
          const line = contents.flatMap((entry, n) => [...entry.pieces, ...(separators[n] ? [separators[n]] : [])]);
          expect(outOfOrder(line, dir)).toEqual([]);

          expect(metaLines.length).toBe(4);
          for (const meta of metaLines) {
            expect({ tag: meta.tag, dir: meta.dir, direction: meta.direction }).toEqual({ tag: 'p', dir, direction: dir });
            expect(outOfOrder(meta.pieces, dir)).toEqual([]);
          }

          expect(sourceLines.length).toBe(2);
          for (const source of sourceLines) expect(outOfOrder(source, dir)).toEqual([]);

          // Headlines of the other direction, each isolated in its own, after the label in the briefing's order.
          expect(alsoLines.length).toBe(1);
          expect(alsoLines[0]!.links).toEqual([otherDir, otherDir]);
          expect(outOfOrder(alsoLines[0]!.pieces, dir)).toEqual([]);

          await page.screenshot({ path: join(ARTIFACTS, `bidi-${language}-${width}.png`), fullPage: true });
        } finally {
          await page.close();
        }
      }, TIMEOUT);
    }
  }
});
