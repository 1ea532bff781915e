import type { Briefing } from '../types.js';
import { buildView, type BriefingView } from './buildView.js';
import { createLocale, type Locale } from './locale.js';
import { loadTemplates, type Templates } from './loadTemplates.js';
import { safeUnsubscribeUrl } from './safeUrl.js';

export interface RenderOptions {
  /**
   * A folder of templates laid out like the project's `templates/` (`briefing.mjml.hbs`,
   * `briefing.txt.hbs`, `partials/*.mjml.hbs`). Each file found there replaces the project's file
   * of the same name; the rest come from the project.
   * @default undefined (the project's templates only)
   */
  templatesDir?: string;
  /**
   * Where a reader stops the briefing, shown in the footer of both parts: an `https:` page or a
   * `mailto:` address. Anything else is left out, with a warning.
   * @default undefined (no unsubscribe link)
   */
  unsubscribe?: string;
}

/** What both the HTML and the text part are rendered from. */
export interface PreparedRender {
  locale: Locale;
  view: BriefingView;
  templates: Templates;
  /** Problems with the briefing's language or timezone, or with the options. */
  warnings: string[];
}

/** Reads the templates and builds the locale and view once, for both parts of the email. */
export async function prepareRender(briefing: Briefing, options: RenderOptions = {}): Promise<PreparedRender> {
  const locale = createLocale(briefing.language, briefing.timezone);
  const templates = await loadTemplates(options.templatesDir);
  const unsubscribe = safeUnsubscribeUrl(options.unsubscribe);
  const warnings = [...locale.warnings];
  if (options.unsubscribe !== undefined && unsubscribe === null) {
    warnings.push(`unsubscribe: "${options.unsubscribe}" is not an https: or mailto: link, so the footer has none`);
  }
  return { locale, view: buildView(briefing, locale, { unsubscribe }), templates, warnings };
}
