import type { ArchiveFeed } from './archiveFeed.js';
import { feedLink } from './archiveFeed.js';

/**
 * The archive as a JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Its addresses are meant
 * to be absolute and there is no xml:base to resolve a relative one against, so `home_page_url`,
 * `feed_url` and each item's `url` are given only when `delivery.feedBaseUrl` says where the archive
 * is published; the items are complete without them (`id` and `content_html`).
 */
export function formatJsonFeed(feed: ArchiveFeed): string {
  const absolute = feed.baseUrl !== undefined;
  const json = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    ...(absolute ? { home_page_url: feedLink(feed, 'index.html'), feed_url: feedLink(feed, 'feed.json') } : {}),
    language: feed.language,
    authors: [{ name: feed.title }],
    items: feed.entries.map((entry) => ({
      id: entry.id,
      ...(absolute ? { url: feedLink(feed, `${entry.date}.html`) } : {}),
      title: entry.title,
      content_html: entry.html,
      date_published: entry.updated,
      language: entry.language,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
