import type { Briefing } from '../types.js';
import { buildView, type BriefingView } from './buildView.js';
import { createLocale, type Locale } from './locale.js';
import { loadTemplates, type Templates } from './loadTemplates.js';

export interface RenderOptions {
  /**
   * A folder of templates laid out like the project's `templates/` (`briefing.mjml.hbs`,
   * `briefing.txt.hbs`, `partials/*.mjml.hbs`). Each file found there replaces the project's file
   * of the same name; the rest come from the project.
   * @default undefined (the project's templates only)
   */
  templatesDir?: string;
}

/** What both the HTML and the text part are rendered from. */
export interface PreparedRender {
  locale: Locale;
  view: BriefingView;
  templates: Templates;
}

/** Reads the templates and builds the locale and view once, for both parts of the email. */
export async function prepareRender(briefing: Briefing, options: RenderOptions = {}): Promise<PreparedRender> {
  const locale = createLocale(briefing.language, briefing.timezone);
  const templates = await loadTemplates(options.templatesDir);
  return { locale, view: buildView(briefing, locale), templates };
}
