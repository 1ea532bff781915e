export interface Doctype {
  /** The document without its DOCTYPE. */
  xml: string;
  /**
   * General entities declared with a literal value and no reference inside it: they expand to
   * their text and nothing more, so each use costs at most the length of its value.
   */
  entities: Map<string, string>;
  /** What was not honoured, for the source's warnings. */
  warnings: string[];
}

const ENTITY = /<!ENTITY\s+(%\s*)?([\w.:-]+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b[^>]*)\s*>/g;

/**
 * Takes the DOCTYPE out of a feed before it is parsed, keeping only what is safe to honour.
 *
 * A DOCTYPE's internal subset can declare entities that refer to other entities: ten levels of ten
 * references each ("billion laughs") turn 1 KB into gigabytes of text. An external one (SYSTEM,
 * PUBLIC) would make the parser fetch a URL or read a local file (XXE). So entities whose value
 * refers to another entity, parameter entities and external entities are never expanded: their
 * references stay in the text as written, and the source gets a warning. Flat ones (`<!ENTITY id
 * "tag:example.com,">`, as some real feeds use) expand, within a budget (see readXmlFeed).
 */
export function readDoctype(xml: string): Doctype {
  const start = doctypeStart(xml);
  const entities = new Map<string, string>();
  if (start < 0) return { xml, entities, warnings: [] };
  const end = doctypeEnd(xml, start);
  const doctype = xml.slice(start, end);
  const refused: string[] = [];
  for (const match of doctype.matchAll(ENTITY)) {
    const [, parameter, name = '', doubleQuoted, singleQuoted, external] = match;
    const value = doubleQuoted ?? singleQuoted;
    if (parameter !== undefined || external !== undefined || value === undefined || /[&%]/.test(value)) refused.push(name);
    else if (!entities.has(name)) entities.set(name, value);
  }
  const warnings =
    refused.length > 0
      ? [`the feed declares entities in its DOCTYPE that refer to other entities or to outside files (${refused.slice(0, 5).join(', ')}${refused.length > 5 ? ', …' : ''}); refused, not expanded`]
      : [];
  return { xml: xml.slice(0, start) + xml.slice(end), entities, warnings };
}

/** Where the DOCTYPE starts, if the prolog (before the root element) has one; else -1. */
function doctypeStart(xml: string): number {
  const prolog = /<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|<!DOCTYPE\b|<[A-Za-z_]/gi;
  for (const match of xml.matchAll(prolog)) {
    if (/^<!DOCTYPE/i.test(match[0])) return match.index;
    if (/^<[A-Za-z_]/.test(match[0])) return -1;
  }
  return -1;
}

/** Where the DOCTYPE ends: the first ">" outside quotes and outside its [internal subset]. */
function doctypeEnd(xml: string, start: number): number {
  let quote: string | undefined;
  let inSubset = false;
  for (let index = start + 9; index < xml.length; index++) {
    const char = xml[index];
    if (quote === undefined && char === '<' && xml.startsWith('<!--', index)) {
      const close = xml.indexOf('-->', index + 4);
      if (close < 0) return xml.length;
      index = close + 2;
    } else if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[') inSubset = true;
    else if (char === ']') inSubset = false;
    else if (char === '>' && !inSubset) return index + 1;
  }
  return xml.length;
}
