import type { ArchiveFeed } from './archiveFeed.js';
import { feedLink } from './archiveFeed.js';
import { escapeXml } from './escapeXml.js';

/**
 * The archive as an Atom 1.0 feed (RFC 4287): one entry per briefing, its email inline as
 * `content type="html"`. Links are relative unless the archive's public address is configured;
 * RFC 4287 allows relative references, resolved against the address the feed was read from.
 */
export function formatAtomFeed(feed: ArchiveFeed): string {
  const entries = feed.entries.map(
    (entry) => `  <entry xml:lang="${escapeXml(entry.language)}">
    <id>${escapeXml(entry.id)}</id>
    <title type="text">${escapeXml(entry.title)}</title>
    <updated>${escapeXml(entry.updated)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(feedLink(feed, `${entry.date}.html`))}"/>
    <content type="html">${escapeXml(entry.html)}</content>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">
  <id>${escapeXml(feed.id)}</id>
  <title type="text">${escapeXml(feed.title)}</title>
  <updated>${escapeXml(feed.updated)}</updated>
  <author><name>${escapeXml(feed.title)}</name></author>
  <generator>Daily Briefing</generator>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feedLink(feed, 'feed.xml'))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feedLink(feed, 'index.html'))}"/>
${entries.join('')}</feed>
`;
}
