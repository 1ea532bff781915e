import Handlebars from 'handlebars';
import { isolateText } from './isolateText.js';
import type { Locale } from './locale.js';

export interface HandlebarsOptions {
  /**
   * Output text as is instead of HTML-escaping it. Only for the plain-text part, which is not HTML.
   * @default false
   */
  noEscape?: boolean;
}

type Compiled = Handlebars.TemplateDelegate;

/**
 * A private Handlebars instance with the briefing's helpers and the given partials, compiled with
 * the same options as the template that uses them.
 *
 * Why one instance per output: Handlebars compiles a partial given as a string on first use, with
 * the options of the template that used it, and caches it on the instance. Sharing an instance
 * between the `noEscape` text template and the HTML one could hand the HTML an unescaped partial.
 */
export function createHandlebars(
  locale: Locale,
  partials: ReadonlyMap<string, string>,
  options: HandlebarsOptions = {},
): { compile(source: string): Compiled } {
  const hb = Handlebars.create();
  const compileOptions = { noEscape: options.noEscape ?? false };

  hb.registerHelper('formatDate', (day: unknown) => locale.formatDate(String(day)));
  // {{formatTime generatedAt date}}: the date is added when the briefing was made on another day.
  hb.registerHelper('formatTime', (iso: unknown, day: unknown) => locale.formatTime(String(iso), typeof day === 'string' ? day : undefined));
  hb.registerHelper('plural', (key: unknown, count: unknown) => locale.plural(String(key), Number(count)));
  // {{t "prepared" time=(formatTime generatedAt)}}: an interface string with its placeholders.
  hb.registerHelper('t', (key: unknown, helperOptions: { hash?: Record<string, unknown> }) =>
    locale.text(String(key), helperOptions.hash),
  );
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // {{#if (or problems.length leftOut.length)}}: the last argument is Handlebars' options object.
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  // {{nowrap name}}: spaces become no-break spaces, so that "بي بي سي عربي" or "2 min read" is not
  // split over two lines of a narrow screen (U+00A0 is two bytes; a CSS white-space is thirty).
  hb.registerHelper('nowrap', (text: unknown) => String(text).replace(/ /g, '\u00a0'));
  // {{isolated name}}: a name, topic or reason in Unicode isolates when it may not read in the
  // briefing's direction. For the plain-text part; HTML templates give such runs a `dir` instead.
  hb.registerHelper('isolated', (text: unknown, helperOptions: { data?: { root?: { dir?: unknown } } }) =>
    isolateText(String(text), helperOptions.data?.root?.dir === 'rtl' ? 'rtl' : 'ltr'),
  );

  for (const [name, source] of partials) {
    hb.registerPartial(name, hb.compile(source, compileOptions));
  }
  return { compile: (source) => hb.compile(source, compileOptions) };
}
