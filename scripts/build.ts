// `npm run build`: bundles the CLI and its worker threads into dist/ with esbuild. Node then reads
// a few files instead of resolving and loading some three hundred modules one by one, so a run
// starts sooner (docs/performance.md). Type checking is `npm run typecheck` (tsc).
//
// Every output file lands directly in dist/ (entries and shared chunks alike): code that starts a
// worker finds it as a sibling (`./cleanWorker.js`) from dist/ as from src/clean/, and
// src/projectPath.ts, one level below the project root in both, finds templates/ and package.json.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Plugin } from 'esbuild';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
// Loaded from node_modules at run time, not bundled: a native addon (better-sqlite3); packages
// found by path or through createRequire (eld's data file, stemmers, stop words, and iconv-lite,
// which only a feed that is not UTF-8 loads); MJML, large and loaded only on its own worker; and
// what a run that only archives never loads (sending, the scheduler, the preview server).
const external = ['better-sqlite3', 'iconv-lite', 'eld', 'porter2', 'snowball-stemmers', 'stopwords-iso', 'mjml', 'nodemailer', 'node-cron', 'sirv'];
for (const name of external) if (!(name in manifest.dependencies)) throw new Error(`build: ${name} is not a dependency any more; update scripts/build.ts`);

// zod re-exports the error messages of some fifty languages (`z.locales`), which every run
// compiled before its first request. zod sets English itself, from its own module, and the
// project never asks for another: its index of locales is given English alone.
const englishOnlyZod: Plugin = {
  name: 'english-only-zod',
  setup(plugins) {
    const english = createRequire(import.meta.url).resolve('zod/v4/locales/en.js');
    plugins.onResolve({ filter: /[/\\]locales[/\\]index\.js$/ }, (args) => (/[/\\]node_modules[/\\]zod[/\\]/.test(args.importer) ? { path: 'zod-locales', namespace: 'english-only-zod' } : undefined));
    plugins.onLoad({ filter: /.*/, namespace: 'english-only-zod' }, () => ({ contents: "export { default as en } from './en.js';", resolveDir: dirname(english), loader: 'js' }));
  },
};

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/cli.ts', 'src/clean/cleanWorker.ts', 'src/render/mjmlWorker.ts', 'src/config/writeJsonSchema.ts'],
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // jsonc-parser's "main" is a UMD build whose requires esbuild cannot follow; its ES module is complete.
  mainFields: ['module', 'main'],
  external,
  // Bundled CommonJS packages (commander, iconv-lite, handlebars) require Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [englishOnlyZod],
});
