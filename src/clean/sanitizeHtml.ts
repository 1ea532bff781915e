import render from 'dom-serializer';
import { parseDocument } from 'htmlparser2';
import type { Document } from 'domhandler';
import { limitNesting } from '../collect/limitNesting.js';
import { sanitizeTree, type PageMetadata } from './html/sanitizeTree.js';

export { MAX_NESTING, type PageMetadata } from './html/sanitizeTree.js';

export interface SanitizedTree {
  document: Document;
  metadata: PageMetadata;
}

/**
 * Parses a feed item's or page's HTML and passes it through the allowlist (see sanitizeTree): the
 * tree the cleaning stage walks, with the page's og:title and canonical address read on the way.
 */
export function parseSanitized(html: string, baseUrl?: string): SanitizedTree {
  // Feed HTML is often XHTML: <iframe/> and <object/> end there, instead of swallowing the rest.
  // Tags nested past any real page's depth are dropped before the parser sees them.
  const document = parseDocument(limitNesting(html), { decodeEntities: true, recognizeSelfClosing: true });
  const metadata = sanitizeTree(document, baseUrl);
  return { document, metadata };
}

/** The allowlist's result as markup, as its tests read it. */
export function sanitizeHtml(html: string, baseUrl?: string): { html: string; metadata: PageMetadata } {
  const { document, metadata } = parseSanitized(html, baseUrl);
  return { html: render(document.children), metadata };
}
