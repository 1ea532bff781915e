// `npm run docs:config`: rewrites docs/configuration.md from the config schema (src/config/schema.ts).
// tests/config/formatConfigReference.test.ts fails until this has been run after a schema change.
import { writeFile } from 'node:fs/promises';
import { formatConfigReference } from '../src/config/formatConfigReference.js';

const target = new URL('../docs/configuration.md', import.meta.url);
await writeFile(target, formatConfigReference());
process.stdout.write(`wrote ${target.pathname}\n`);
