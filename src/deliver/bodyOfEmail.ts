import { load } from 'cheerio/slim';
import { feedBodyOf } from '../render/feedBodyOf.js';

/**
 * The feed entry body (see feedBodyOf) of an archived email. Today's email has it from its render
 * (finishEmail); older ones are read again only when the last feed does not hold them (updateFeeds).
 */
export function bodyOfEmail(html: string): string {
  return feedBodyOf(load(html));
}
