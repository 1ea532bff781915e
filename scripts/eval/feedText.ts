import * as cheerio from 'cheerio';
import { sanitizeHtml } from '../../src/clean/sanitizeHtml.js';

/**
 * The text a reader would see of a feed value: markup through our allowlist (so a <script>'s code
 * is not text), then its text content. Plain text comes back as it is.
 */
export function textOfHtml(value: string): string {
  if (!/[<&]/.test(value)) return value;
  return cheerio.load(sanitizeHtml(value).html, null, false).text();
}
