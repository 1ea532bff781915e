import { escapeXml } from '../../deliver/escapeXml.js';

export interface OpmlSource {
  name: string;
  url: string;
  topic?: string;
  enabled: boolean;
}

/**
 * Feed sources as an OPML 2.0 subscription list (http://opml.org/spec2.opml), in config order: a
 * source with a `topic` goes in a folder named after it, placed where the topic's first source is;
 * a disabled source is written with `isComment="true"`, which OPML readers treat as commented out.
 */
export function formatOpml(title: string, sources: readonly OpmlSource[], now: Date): string {
  const outline = (source: OpmlSource, indent: string) =>
    `${indent}<outline type="rss" text="${escapeXml(source.name)}" title="${escapeXml(source.name)}" xmlUrl="${escapeXml(source.url)}"${source.enabled ? '' : ' isComment="true"'}/>`;
  const lines: string[] = [];
  const written = new Set<string>();
  for (const source of sources) {
    if (source.topic === undefined) lines.push(outline(source, '    '));
    else if (!written.has(source.topic)) {
      written.add(source.topic);
      lines.push(`    <outline text="${escapeXml(source.topic)}" title="${escapeXml(source.topic)}">`);
      for (const member of sources.filter((other) => other.topic === source.topic)) lines.push(outline(member, '      '));
      lines.push('    </outline>');
    }
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0">
  <head>
    <title>${escapeXml(title)}</title>
    <dateCreated>${now.toUTCString()}</dateCreated>
    <docs>http://opml.org/spec2.opml</docs>
  </head>
  <body>
${lines.map((line) => `${line}\n`).join('')}  </body>
</opml>
`;
}
