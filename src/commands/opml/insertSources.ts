import { applyEdits, findNodeAtLocation, parseTree, type Edit } from 'jsonc-parser';
import { InternalError } from '../../errors.js';

/**
 * `sources.json` with `sources` appended to its `sources` array, every other byte left as the user
 * wrote it: the new entries take the indentation of the last one, and its style (one object per
 * line, or one key per line). jsonc-parser finds where the array ends; its own formatter is not
 * used, since it would reformat the neighbouring entry too.
 */
export function insertSources(text: string, sources: readonly Record<string, unknown>[]): string {
  if (sources.length === 0) return text;
  const tree = parseTree(text);
  const array = tree && findNodeAtLocation(tree, ['sources']);
  if (array?.type !== 'array') throw new InternalError('insertSources: the config has no "sources" array');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  const last = array.children?.at(-1);
  let edit: Edit;
  if (last) {
    const indent = indentationAt(text, last.offset);
    const oneLine = !/\n/.test(text.slice(last.offset, last.offset + last.length));
    const entries = sources.map((source) => formatEntry(source, oneLine, indent, unit, eol));
    edit = { offset: last.offset + last.length, length: 0, content: entries.map((entry) => `,${eol}${indent}${entry}`).join('') };
  } else {
    const outer = indentationAt(text, array.offset);
    const indent = `${outer}${unit}`;
    const entries = sources.map((source) => formatEntry(source, true, indent, unit, eol));
    // Replaces whatever blank space the empty array held.
    edit = { offset: array.offset + 1, length: array.length - 2, content: `${eol}${entries.map((entry) => `${indent}${entry}`).join(`,${eol}`)}${eol}${outer}` };
  }
  return applyEdits(text, [edit]);
}

/** The whitespace that starts the line `offset` is on. */
function indentationAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}

function formatEntry(source: Record<string, unknown>, oneLine: boolean, indent: string, unit: string, eol: string): string {
  const pairs = Object.entries(source).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return oneLine ? `{ ${pairs.join(', ')} }` : `{${eol}${pairs.map((pair) => `${indent}${unit}${pair}`).join(`,${eol}`)}${eol}${indent}}`;
}
