import type { Briefing } from '../types.js';
import type { CompileMjml } from './compileMjml.js';
import { checkHtmlSize } from './checkHtmlSize.js';
import { prepareRender, type RenderOptions } from './prepareRender.js';
import { renderHtml } from './renderHtml.js';
import { renderText } from './renderText.js';

export type { RenderOptions } from './prepareRender.js';

export interface RenderedBriefing {
  html: string;
  text: string;
  /** Problems that did not stop rendering: bad locale or options, MJML validation, size over Gmail's budget. */
  warnings: string[];
}

/**
 * Renders a briefing into the HTML and plain-text parts of one email. `compile` runs MJML
 * elsewhere (a run's MJML worker); by default it runs on this thread.
 */
export async function renderBriefing(briefing: Briefing, options: RenderOptions = {}, compile?: CompileMjml): Promise<RenderedBriefing> {
  const prepared = await prepareRender(briefing, options);
  // The text part is rendered while MJML compiles the HTML part (on a run's MJML worker, the
  // main thread waited 55–65 ms for it at 300 × 30).
  const [{ html, warnings }, text] = await Promise.all([renderHtml(prepared, compile), Promise.resolve(prepared).then(renderText)]);
  const sizeWarning = checkHtmlSize(html);
  return {
    html,
    text,
    warnings: [...prepared.warnings, ...warnings, ...(sizeWarning === null ? [] : [sizeWarning])],
  };
}
