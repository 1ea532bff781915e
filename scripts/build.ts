// `npm run build`: bundles the CLI and its worker threads into dist/ with esbuild. Node then reads
// a few files instead of resolving and loading some three hundred modules one by one: a run's first
// request went out about 0.1 s sooner, each worker thread was ready 0.1 s sooner, and a 300-feed
// benchmark run used half a second less CPU. Type checking is `npm run typecheck` (tsc).
//
// Every output file lands directly in dist/ (entries and shared chunks alike): code that starts a
// worker finds it as a sibling (`./cleanWorker.js`) from dist/ as from src/clean/, and
// src/projectPath.ts, one level below the project root in both, finds templates/ and package.json.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
// Loaded from node_modules at run time, not bundled: a native addon (better-sqlite3); packages
// found by path or through createRequire (eld's data file, stemmers, stop words); MJML, large and
// loaded only on its own worker; and what a run that only archives never loads (sending, the
// scheduler, the preview server).
const external = ['better-sqlite3', 'eld', 'porter2', 'snowball-stemmers', 'stopwords-iso', 'mjml', 'nodemailer', 'node-cron', 'sirv'];
for (const name of external) if (!(name in manifest.dependencies)) throw new Error(`build: ${name} is not a dependency any more; update scripts/build.ts`);

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
});
