import { SaxesParser } from 'saxes';
import { ConfigError } from '../../errors.js';

/** One feed outline of an OPML file. */
export interface OpmlFeed {
  /** The outline's `title`, else its `text`; empty when it has neither. */
  name: string;
  /** `xmlUrl` as written. */
  url: string;
  /** `text` (else `title`) of the folder outline it is in, the innermost one when folders nest. */
  folder?: string;
  /** `isComment="true"` on it or on a folder around it: commented out. */
  comment: boolean;
}

/** An open `<outline>`: what its children inherit. */
interface Frame {
  folder: string | undefined;
  comment: boolean;
}

/**
 * The feeds of an OPML 1.0 or 2.0 subscription list (http://opml.org/spec2.opml), in document
 * order. The file is read with saxes, a conforming XML parser: a file that is not well-formed XML
 * (or not OPML) is the user's to fix, reported as a ConfigError at the line and column where it breaks.
 */
export function parseOpml(text: string, file: string): OpmlFeed[] {
  const parser = new SaxesParser({ fileName: file, xmlns: false });
  const feeds: OpmlFeed[] = [];
  const stack: Frame[] = [];
  let root: string | undefined;
  let inBody = false;
  parser.on('opentag', (tag) => {
    root ??= tag.name;
    if (tag.name === 'body' && stack.length === 0) inBody = true;
    if (tag.name !== 'outline' || !inBody) return;
    const attribute = attributesOf(tag.attributes);
    const parent = stack.at(-1) ?? { folder: undefined, comment: false };
    const comment = parent.comment || attribute('iscomment') === 'true';
    const url = attribute('xmlurl');
    if (url) feeds.push({ name: attribute('title') || attribute('text'), url, ...(parent.folder ? { folder: parent.folder } : {}), comment });
    // A feed outline with children is unusual; its children stay in the folder around it.
    stack.push({ folder: url ? parent.folder : attribute('text') || attribute('title') || parent.folder, comment });
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'outline' && inBody) stack.pop();
    else if (tag.name === 'body') inBody = false;
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (not well-formed XML)`);
  }
  if (root !== 'opml') throw new ConfigError(`${file}: not an OPML file (its root element is <${root ?? ''}>, not <opml>)`);
  return feeds;
}

/** Attribute lookup by lower-cased name (`xmlUrl`, `xmlurl` and `XMLURL` are all seen in the wild). */
function attributesOf(attributes: Record<string, string>): (name: string) => string {
  const values = new Map(Object.entries(attributes).map(([key, value]) => [key.toLowerCase(), value.replace(/\s+/g, ' ').trim()]));
  return (name) => values.get(name) ?? '';
}
