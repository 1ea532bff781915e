import Parser from 'rss-parser';
import type { RawDocument } from '../types.js';
import { describeParseError } from './describeParseError.js';
import { itemToDocument, type FeedItem } from './itemToDocument.js';
import { repairFeedXml } from './repairFeedXml.js';

export interface ParseFeedOptions {
  /** Name of the configured source, copied onto every document. */
  source: string;
  /** Address the feed was fetched from (after redirects): relative item links resolve against it. */
  baseUrl?: string;
}

export interface ParsedFeed {
  documents: RawDocument[];
  /** Problems that did not stop the feed: repairs made, items skipped, dates that did not parse. */
  warnings: string[];
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom document into raw documents. A feed that is not
 * well-formed is repaired once and parsed again; if it still cannot be read this throws an Error
 * with a readable reason. Problems with single items become warnings, never failures.
 */
export async function parseFeed(xml: string, options: ParseFeedOptions): Promise<ParsedFeed> {
  const warnings: string[] = [];
  const items = await parseItems(xml, warnings);
  const documents: RawDocument[] = [];
  items.forEach((item, index) => {
    const document = itemToDocument(item, { index, ...options }, warnings);
    if (document) documents.push(document);
  });
  return { documents, warnings };
}

async function parseItems(xml: string, warnings: string[]): Promise<FeedItem[]> {
  if (xml.trim() === '') throw new Error('the feed is empty (no content at all)');
  try {
    return await parseWithRssParser(xml);
  } catch (firstError) {
    const { xml: repaired, repairs } = repairFeedXml(xml);
    if (repairs.length === 0) throw new Error(describeParseError(firstError, xml), { cause: firstError });
    try {
      const items = await parseWithRssParser(repaired);
      warnings.push(`the feed is not well-formed; read it after repairs: ${repairs.join('; ')}`);
      return items;
    } catch (error) {
      throw new Error(describeParseError(error, repaired), { cause: error });
    }
  }
}

async function parseWithRssParser(xml: string): Promise<FeedItem[]> {
  // A new parser per feed: xml2js keeps parse state on the instance, and feeds are read concurrently.
  // `pubDate` as a custom field keeps an Atom date that repairFeedXml could not read (see there).
  const parser = new Parser<Record<string, unknown>, FeedItem>({ customFields: { item: ['pubDate'] } });
  const feed = await parser.parseString(xml);
  return Array.isArray(feed.items) ? feed.items : [];
}
