import type { Briefing } from '../types.js';
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

/** Renders a briefing into the HTML and plain-text parts of one email. */
export async function renderBriefing(briefing: Briefing, options: RenderOptions = {}): Promise<RenderedBriefing> {
  const prepared = await prepareRender(briefing, options);
  const { html, warnings } = await renderHtml(prepared);
  const text = renderText(prepared);
  const sizeWarning = checkHtmlSize(html);
  return {
    html,
    text,
    warnings: [...prepared.warnings, ...warnings, ...(sizeWarning === null ? [] : [sizeWarning])],
  };
}
