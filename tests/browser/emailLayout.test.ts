import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBriefing } from '../../src/render/renderBriefing.js';
import { mixedBriefing } from '../render/samples/sampleBriefing.js';
import { ARTIFACTS, launchChromium, SKIP_BROWSER } from './launchChromium.js';

/**
 * The rendered email in a real browser: what the HTML tests cannot see is whether the cascade
 * really puts Arabic cards right to left, given MJML's inline `direction` on every column
 * (docs: ARCHITECTURE.md, "MJML right to left"). Screenshots go to test-artifacts/ for a person.
 */
const WIDTHS = [600, 375];
const TIMEOUT = 60_000;

interface Card {
  lang: string;
  direction: string;
  textAlign: string;
  title: string;
}

describe.skipIf(SKIP_BROWSER)('the email in Chromium', () => {
  let browser: Browser | undefined;
  let dir = '';

  beforeAll(async () => {
    browser = await launchChromium();
    dir = await mkdtemp(join(tmpdir(), 'briefing-browser-'));
    await mkdir(ARTIFACTS, { recursive: true });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const language of ['en', 'ar'] as const) {
    for (const width of WIDTHS) {
      it(`lays out Arabic cards right to left and English ones left to right (${language} briefing, ${width}px)`, async () => {
        const { html } = await renderBriefing(mixedBriefing(language), { unsubscribe: 'https://briefing.example/unsubscribe?u=1' });
        const file = join(dir, `briefing-${language}.html`);
        await writeFile(file, html);
        const page = await browser!.newPage({ viewport: { width, height: 900 } });
        try {
          await page.goto(pathToFileURL(file).href);
          const cards = await page.$$eval('h3', (headings) =>
            headings.map((heading) => {
              const card = heading.closest('[lang]')!;
              const style = getComputedStyle(card);
              return { lang: card.getAttribute('lang') ?? '', direction: style.direction, textAlign: style.textAlign, title: heading.textContent.trim() };
            }),
          );
          expect(cards.map((card) => card.lang).sort()).toEqual(['ar', 'ar', 'ar', 'en', 'en', 'en']);
          for (const card of cards) {
            const expected = card.lang === 'ar' ? { direction: 'rtl', textAlign: 'right' } : { direction: 'ltr', textAlign: 'left' };
            expect({ title: card.title, direction: card.direction, textAlign: resolveAlign(card) }).toEqual({ title: card.title, ...expected });
          }
          // Nothing wider than the screen: a phone would scroll sideways or shrink the text.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          await page.screenshot({ path: join(ARTIFACTS, `briefing-${language}-${width}.png`), fullPage: true });
        } finally {
          await page.close();
        }
      }, TIMEOUT);
    }
  }
});

/** `start` and `end` are relative to the direction; the test speaks of left and right. */
function resolveAlign({ textAlign, direction }: Card): string {
  if (textAlign === 'start') return direction === 'rtl' ? 'right' : 'left';
  if (textAlign === 'end') return direction === 'rtl' ? 'left' : 'right';
  return textAlign;
}
