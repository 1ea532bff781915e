import { fileURLToPath } from 'node:url';

/**
 * A path inside the project folder (templates/, package.json, sources.schema.json). This module
 * sits directly in src/, and the build puts every bundled file directly in dist/: from either, the
 * project is one level up. Modules in subfolders ask here rather than count levels themselves.
 */
export function projectPath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}
