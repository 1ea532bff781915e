/** A link written in a Markdown file: its target as written and the line it is on. */
export interface MarkdownLink {
  target: string;
  line: number;
}

/**
 * The text of a Markdown file outside fenced code blocks, line by line (a line inside a fence is
 * left empty, so line numbers stay true). Inline code spans are dropped unless `keepCode`: `[x](y)`
 * in code is an example, not a link, but a heading's `code` is part of its slug.
 */
function proseLines(markdown: string, keepCode = false): string[] {
  let fence: string | undefined;
  return markdown.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return '';
    }
    if (fence !== undefined) return '';
    return keepCode ? line : line.replace(/(`+)(?:(?!\1).)+\1/g, '');
  });
}

/** Every link of a Markdown file: `[text](target)`, `[text](target "title")`, and HTML `src`/`href`. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  proseLines(markdown).forEach((text, index) => {
    for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ target: match[1]!, line: index + 1 });
    for (const match of text.matchAll(/\b(?:src|href)="([^"]+)"/g)) links.push({ target: match[1]!, line: index + 1 });
  });
  return links;
}

/**
 * The anchors GitHub gives a Markdown file's headings (and any explicit `id="…"`): the heading's
 * text as rendered (no code ticks, emphasis or link syntax), lower-cased, with every character that
 * is not a letter, mark, number, connector (`_`), space or hyphen removed and each space made a
 * hyphen; a repeated slug gets `-1`, `-2`… as github-slugger does.
 */
export function markdownAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const counts = new Map<string, number>();
  const lines = proseLines(markdown, true);
  for (const line of lines) {
    for (const match of line.matchAll(/\bid="([^"]+)"/g)) anchors.add(match[1]!);
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const base = githubSlug(heading);
    const seen = counts.get(base) ?? 0;
    counts.set(base, seen + 1);
    anchors.add(seen === 0 ? base : `${base}-${seen}`);
  }
  return anchors;
}

/** GitHub's slug of a heading's Markdown text. */
export function githubSlug(heading: string): string {
  const rendered = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`/g, '')
    .replace(/(\*\*|__|\*|\b_|_\b)/g, '');
  return rendered
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}
