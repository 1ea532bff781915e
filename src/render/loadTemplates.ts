import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { projectPath } from '../projectPath.js';

/** The project's own templates. */
export const DEFAULT_TEMPLATES_DIR = projectPath('templates/');

export const HTML_TEMPLATE = 'briefing.mjml.hbs';
export const TEXT_TEMPLATE = 'briefing.txt.hbs';
const PARTIALS = 'partials';

export interface Templates {
  /** Source of the MJML template (Handlebars). */
  html: string;
  /** Source of the plain-text template (Handlebars). */
  text: string;
  /** Partial name (file name without `.mjml.hbs` / `.hbs`) → source. */
  partials: Map<string, string>;
}

/**
 * Reads the templates. A file in `templatesDir` (same relative name, e.g. `partials/story.mjml.hbs`)
 * overrides the project's file; everything it does not have comes from the project's templates/.
 */
export async function loadTemplates(templatesDir?: string): Promise<Templates> {
  const dirs = [DEFAULT_TEMPLATES_DIR];
  if (templatesDir !== undefined) {
    const info = await stat(templatesDir).catch(() => null);
    if (!info?.isDirectory()) throw new ConfigError(`templatesDir: "${templatesDir}" is not a folder`);
    dirs.push(templatesDir);
  }
  const partials = new Map<string, string>();
  // Later folders win: the user's partials replace the project's of the same name.
  for (const dir of dirs) {
    for (const file of await listPartials(join(dir, PARTIALS))) {
      partials.set(partialName(file), await readFile(join(dir, PARTIALS, file), 'utf8'));
    }
  }
  const [html, text] = await Promise.all([readFirst(dirs, HTML_TEMPLATE), readFirst(dirs, TEXT_TEMPLATE)]);
  return { html, text, partials };
}

/** Reads `name` from the last folder that has it. */
async function readFirst(dirs: string[], name: string): Promise<string> {
  for (const dir of [...dirs].reverse()) {
    const source = await readFile(join(dir, name), 'utf8').catch(ignoreMissing);
    if (source !== null) return source;
  }
  throw new ConfigError(`templates: no ${name} in ${dirs.join(' or ')}`);
}

async function listPartials(dir: string): Promise<string[]> {
  const files = await readdir(dir).catch(ignoreMissing);
  return (files ?? []).filter((file) => file.endsWith('.hbs')).sort();
}

function partialName(file: string): string {
  return file.replace(/\.hbs$/, '').replace(/\.mjml$/, '');
}

function ignoreMissing(error: unknown): null {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
  throw error;
}
