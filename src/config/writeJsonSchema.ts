import { writeFile } from 'node:fs/promises';
import { projectPath } from '../projectPath.js';
import { configJsonSchema } from './jsonSchema.js';

// `npm run schema`: regenerates sources.schema.json at the project root (a test checks it is current).
const target = projectPath('sources.schema.json');
await writeFile(target, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
