import type { LineEntry } from '../cleanBlocks.js';

/**
 * A hide/show caption control ("HIDE CAPTION", rule `caption-control`) follows the caption it
 * toggles: the kept line just before it is that caption, however long and prose-like it reads
 * (rule `caption`). Without this, a gallery's first caption becomes the article's lead.
 */
export function dropCaptionsBeforeControls(entries: LineEntry[]): void {
  entries.forEach((entry, index) => {
    if (!('rule' in entry) || entry.rule !== 'caption-control') return;
    const before = entries[index - 1];
    if (before && 'kept' in before) entries[index - 1] = { text: before.kept, rule: 'caption' };
  });
}
