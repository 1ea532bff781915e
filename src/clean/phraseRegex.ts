/**
 * Builds a regular expression source for a phrase that tolerates the spelling variants outlets use:
 * any run of spaces, Arabic alef/yeh/teh-marbuta forms, optional Arabic diacritics and tatweel,
 * Latin case (the caller adds the `i` flag). "انسخ الرابط" also matches "إنسخ الرابط".
 */
export function phraseSource(phrase: string): string {
  return phraseAtoms(phrase).join('');
}

/** The pattern of each character of a phrase, as phraseSource joins them. */
function phraseAtoms(phrase: string): string[] {
  const atoms: string[] = [];
  for (const char of phrase.trim()) {
    let atom = VARIANTS[char] ?? (/\s/.test(char) ? '\\s+' : escapeRegex(char));
    if (/[\u0600-\u06FF]/.test(char)) atom += ARABIC_MARKS;
    atoms.push(atom);
  }
  return atoms;
}

/**
 * One case-insensitive, Unicode regex that matches any of the phrases at the given anchor. The
 * phrases are merged into a trie ("this site uses…" and "this website uses…" share "this "): a
 * plain alternation of a hundred phrases is tried phrase by phrase at every "t" of a text, which
 * made the cookie-notice search, run on every line, three times slower. Where one phrase
 * continues another, the longer is tried first, as in a longest-first alternation.
 */
export function phrasesRegex(phrases: readonly string[], anchor: 'line' | 'start' | 'anywhere'): RegExp {
  // No phrases match nothing: an empty trie would be an empty pattern, which matches every line.
  if (phrases.length === 0) return NEVER;
  const root: TrieNode = { next: new Map(), end: false };
  // Longest first, so that where two phrases part ways the longer one's branch is tried first.
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    let node = root;
    for (const atom of phraseAtoms(phrase)) {
      let child = node.next.get(atom);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(atom, child);
      }
      node = child;
    }
    node.end = true;
  }
  const body = `(?:${trieSource(root)})`;
  const source = anchor === 'line' ? `^${body}$` : anchor === 'start' ? `^${body}` : body;
  return new RegExp(source, 'iu');
}

const NEVER = /(?!)/u;

interface TrieNode {
  next: Map<string, TrieNode>;
  /** A phrase ends here. */
  end: boolean;
}

function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([atom, child]) => atom + trieSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // Greedy: the longer phrase first, the shorter one when the rest does not follow.
  return node.end ? `(?:${body})?` : body;
}

const ARABIC_MARKS = '[\\u064B-\\u065F\\u0670\\u0640]*';

const VARIANTS: Readonly<Record<string, string>> = {
  'ا': '[اأإآٱ]',
  'أ': '[اأإآ]',
  'إ': '[اأإآ]',
  'آ': '[اأإآ]',
  'ي': '[يىی]',
  'ى': '[يىی]',
  'ة': '[ةه]',
  'ه': '[هة]',
  'ك': '[كک]',
  'ک': '[كک]',
  'ی': '[يىی]',
  "'": "['’]",
  '’': "['’]",
};

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
