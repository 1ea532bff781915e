import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES_DIR } from '../../src/render/loadTemplates.js';

/**
 * WCAG 2.2 contrast (success criterion 1.4.3, AA): at least 4.5:1 for body-size text.
 * Relative luminance and contrast ratio as defined in WCAG's glossary.
 */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const WHITE = '#ffffff';
const PAGE = '#eef1f5';
const BAND = '#1e293b';

/** Every text colour of the templates, with each background it is drawn on. */
const TEXT_ON: Record<string, string[]> = {
  '#1f2937': [WHITE], // body text
  '#0f172a': [WHITE], // story titles
  '#64748b': [WHITE], // reading time, sources, "Contents", "+N more"
  '#1d4ed8': [WHITE], // links
  '#b45309': [WHITE], // topic headings, "empty"
  '#b91c1c': [WHITE], // "failed"
  '#475569': [WHITE, PAGE], // problem reasons and heading; footer
  '#ffffff': [BAND], // title
  '#cbd5e1': [BAND], // date
};

/** Backgrounds and rules: no text is drawn in them. */
const NOT_TEXT = new Set([WHITE, PAGE, BAND, '#e5e7eb']);

async function templateSources(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.hbs'));
  return (await Promise.all(files.map((file) => readFile(join(file.parentPath, file.name), 'utf8')))).join('\n');
}

describe('template colours', () => {
  it('computes the WCAG ratio of known pairs', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrast('#777777', WHITE)).toBeCloseTo(4.48, 2);
  });

  for (const [text, backgrounds] of Object.entries(TEXT_ON)) {
    for (const background of backgrounds) {
      it(`${text} on ${background} is at least 4.5:1`, () => {
        expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }

  it('uses no colour that this test does not know', async () => {
    const sources = await templateSources(DEFAULT_TEMPLATES_DIR);
    const used = new Set([...sources.matchAll(/#[0-9a-f]{6}\b/gi)].map((match) => match[0].toLowerCase()));
    expect([...used].filter((colour) => !(colour in TEXT_ON) && !NOT_TEXT.has(colour))).toEqual([]);
  });
});
