import Module, { createRequire } from 'node:module';
// MJML and its dependencies are heavy to load (docs/performance.md): loaded on first use here, or
// on a worker thread of its own by startMjmlWorker. package.json's `overrides` gives juice (MJML's
// CSS inliner) the project's cheerio instead of the 1.0.0 it pins, so that no second cheerio, with
// its own copies of undici and htmlparser2, is loaded with it.
//
// Loaded with require rather than import(): importing a CommonJS package from an ES module makes
// Node scan its source for export names (cjs-module-lexer); MJML's default export is all we use.
const require = createRequire(import.meta.url);
let loading: Promise<{ default: typeof import('mjml') }> | undefined;
export const loadMjml = () =>
  (loading ??= new Promise((resolve) => {
    useSlimCheerio();
    resolve({ default: require('mjml') as typeof import('mjml') });
  }));

/**
 * mjml-core and juice require cheerio's main entry, which also loads what cheerio needs to fetch
 * and parse whole pages: parse5, undici, an encoding sniffer. Both only call `load` with options that choose htmlparser2 (`xmlMode`, or juice's `xml`),
 * exactly what `cheerio/slim` is, so the slim module is registered under the main entry's path
 * before MJML is required. Where cheerio's main entry is loaded already, it is left alone.
 */
function useSlimCheerio(): void {
  const fromCore = createRequire(createRequire(require.resolve('mjml')).resolve('mjml-core'));
  const fromJuice = createRequire(fromCore.resolve('juice'));
  const slim: unknown = fromCore('cheerio/slim');
  for (const path of new Set([fromCore.resolve('cheerio'), fromJuice.resolve('cheerio')])) {
    if (require.cache[path]) continue;
    const entry = new Module(path);
    entry.filename = path;
    entry.loaded = true;
    entry.exports = slim;
    require.cache[path] = entry;
  }
}

/** MJML's HTML for one briefing, with what it found wrong in the markup. */
export interface CompiledMjml {
  html: string;
  /** The email's body for the archive's feeds, when the HTML was finished (see finishEmail). */
  feedBody?: string;
  /** MJML validation problems, as warnings: the mail is rendered all the same. */
  warnings: string[];
}

/** Turns the MJML of a whole briefing into email HTML: here, or on a worker (startMjmlWorker). */
export type CompileMjml = (mjml: string) => Promise<CompiledMjml>;

// mjml 5 hands these to htmlnano as they are; its type lists only some of htmlnano's modules.
const MINIFY_OPTIONS: import('mjml-core').MJMLMinifyOptions & { minifySvg: false } = { minifyCss: false, minifySvg: false };

/**
 * MJML problems do not stop the mail: with `validationLevel: 'soft'` it still renders, and each
 * problem becomes a warning.
 */
export const compileMjml: CompileMjml = async (mjml) => {
  const { default: mjml2html } = await loadMjml();
  const result = await mjml2html(mjml, {
    validationLevel: 'soft',
    keepComments: false,
    // No web-font <link>s: they fetch from Google on open (a tracking concern) and add weight.
    fonts: {},
    // Partials come from Handlebars; mj-include would read files relative to the working directory.
    ignoreIncludes: true,
    // MJML's indentation is about a fifth of a 40-story briefing, and Gmail clips at ~102 KB
    // (see checkHtmlSize.ts). htmlnano's "safe" preset collapses whitespace and drops empty
    // attributes and plain comments (Outlook's conditional ones stay); the inline styles are short
    // already, so its CSS step is off. Its SVG step would load svgo on a process's first render,
    // for a briefing that has no SVG.
    minify: true,
    minifyOptions: MINIFY_OPTIONS,
  });
  return { html: result.html, warnings: result.errors.map((error) => `mjml: line ${error.line} (${error.tagName}): ${error.message}`) };
};
