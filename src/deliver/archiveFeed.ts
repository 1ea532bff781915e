/** The archive as a feed: what feed.xml (Atom) and feed.json (JSON Feed) are both made from. */
export interface ArchiveFeed {
  /** The newest briefing's title. */
  title: string;
  /** The newest briefing's interface language. */
  language: string;
  /** A permanent, absolute IRI: the feed's address when the archive is published, else a urn:uuid. */
  id: string;
  /** `delivery.feedBaseUrl` with a final slash; absent when the archive's public address is unknown. */
  baseUrl?: string;
  /** ISO 8601: the newest entry's. */
  updated: string;
  /** Newest first. */
  entries: ArchiveFeedEntry[];
}

export interface ArchiveFeedEntry {
  /** YYYY-MM-DD. */
  date: string;
  title: string;
  language: string;
  /** Like the feed's: the absolute address of the email, or a urn:uuid. */
  id: string;
  /** ISO 8601: when the briefing was made. */
  updated: string;
  /** The archived email's HTML, inside its body. */
  html: string;
}

/** `file` (e.g. `2026-11-23.html`) as a feed links to it: absolute under the base URL, else relative. */
export function feedLink(feed: Pick<ArchiveFeed, 'baseUrl'>, file: string): string {
  return feed.baseUrl === undefined ? file : new URL(file, feed.baseUrl).href;
}
