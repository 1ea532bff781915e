import type { Briefing } from '../types.js';
import { checkHtmlSize } from './checkHtmlSize.js';
import { prepareRender, type RenderOptions } from './prepareRender.js';
import { renderHtml, type RenderHtml } from './renderHtml.js';
import { renderText } from './renderText.js';

export type { RenderOptions } from './prepareRender.js';

export interface RenderedBriefing {
  html: string;
  text: string;
  /** Problems that did not stop rendering: bad locale or options, MJML validation, size over Gmail's budget. */
  warnings: string[];
  /** The HTML part's body for the archive's feeds (see finishEmail), when the renderer gave it. */
  feedBody?: string;
}

/**
 * Renders a briefing into the HTML and plain-text parts of one email. `html` makes the HTML part
 * elsewhere (a run's MJML worker); by default it is made on this thread.
 */
export async function renderBriefing(briefing: Briefing, options: RenderOptions = {}, html: RenderHtml = renderHtml): Promise<RenderedBriefing> {
  const prepared = await prepareRender(briefing, options);
  // The text part is rendered while the HTML part is made (on a run's MJML worker).
  const [htmlPart, text] = await Promise.all([html(prepared), Promise.resolve(prepared).then(renderText)]);
  const sizeWarning = checkHtmlSize(htmlPart.html);
  return {
    html: htmlPart.html,
    text,
    warnings: [...prepared.warnings, ...htmlPart.warnings, ...(sizeWarning === null ? [] : [sizeWarning])],
    ...(htmlPart.feedBody === undefined ? {} : { feedBody: htmlPart.feedBody }),
  };
}
