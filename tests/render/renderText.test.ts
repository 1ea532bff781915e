import { describe, expect, it } from 'vitest';
import { prepareRender } from '../../src/render/prepareRender.js';
import { renderText } from '../../src/render/renderText.js';
import { makeBriefing } from './briefingFixture.js';

async function textOf(...args: Parameters<typeof makeBriefing>): Promise<string> {
  return renderText(await prepareRender(makeBriefing(...args)));
}

describe('renderText', () => {
  it('has the title, the date and every shown story with its links as plain URLs', async () => {
    const text = await textOf();
    expect(text).toMatch(/^Daily Briefing\nTuesday, March 5, 2024\n/);
    expect(text).toContain('* وزراء الطاقة يتفقون على خفض الإنتاج');
    expect(text).toContain('https://aljazeera.example/energy');
    expect(text).toContain('- بي بي سي عربي: https://bbc.example/arabic/energy');
    expect(text).toContain('https://reuters.example/rates?id=1&lang=en');
  });

  it('is not HTML: no tags and no escaped entities', async () => {
    const text = await textOf();
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(text).toContain('Markets & rates: central bank holds');
    expect(text).not.toContain('&amp;');
  });

  it('lists the source problems with their reason', async () => {
    const text = await textOf();
    expect(text).toContain('Sources with problems:\n- Local Gazette: failed (HTTP 503 Service Unavailable)');
  });

  it('has no runs of blank lines', async () => {
    expect(await textOf()).not.toMatch(/\n{3,}/);
  });
});
