/** One item of a feed as the readers (RSS, RDF, Atom, CDF, JSON Feed) hand it over: plain strings only. */
export interface FeedEntry {
  /** Plain text, or HTML when `titleIsHtml` (Atom `type="html"`, inline markup). */
  title?: string;
  titleIsHtml?: boolean;
  /** As written in the feed, made absolute against xml:base when the feed gave one. */
  link?: string;
  body?: string;
  /** `text` for Atom `type="text"` and JSON Feed `content_text`; RSS bodies are HTML. */
  bodyFormat: 'html' | 'text';
  /** Date values found, best first (publication before update). */
  dates: string[];
  author?: string;
  /** Category and tag values as written (markup, entities and all); itemToDocument cleans them. */
  categories?: string[];
}

/** What a reader made of a whole document. */
export interface FeedEntries {
  entries: FeedEntry[];
  warnings: string[];
}
