import { describe, expect, it } from 'vitest';
import { checkHtmlSize } from '../../src/render/checkHtmlSize.js';
import { renderBriefing } from '../../src/render/renderBriefing.js';
import { sampleBriefing } from './samples/sampleBriefing.js';

// Issue "Email that lands well": a heavy Arabic briefing must stay under Gmail's ~102 KB clip once
// base64-encoded, so its HTML gets 75 KB; the markup is kept lean to leave room for the text.
// scripts/measureEmail.ts prints the same briefings' sizes as sent and render times.
describe('the size of a 40-story briefing', () => {
  it('keeps Arabic HTML under 72 KB, with room under the 75 KB budget', async () => {
    const { html, warnings } = await renderBriefing(sampleBriefing('ar'));
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(72 * 1024);
    expect(checkHtmlSize(html)).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('keeps English HTML under 60 KB', async () => {
    const { html } = await renderBriefing(sampleBriefing('en'));
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(60 * 1024);
  });
});
