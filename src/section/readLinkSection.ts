import type { SectionId } from '../types.js';
import { mapCategory, type CategoryTable } from './mapCategory.js';

/**
 * The section an article's own link files it under, or undefined. Outlets put their section in
 * the path before the article's slug ("channelnewsasia.com/sport/…", "nytimes.com/2024/01/21/us/
 * politics/…", "arabic.cnn.com/middle-east/article/…", "france24.com/ar/رياضة/…"), and the BBC
 * before its number ("bbc.co.uk/news/health-68029448"). Each folder is read as a feed category
 * (see mapCategory) until one names a section; dates, language codes and folders that name none
 * ("news", "us", "opinion", "uk-england-norfolk") are passed over, and so is the slug, whose words
 * are the headline's.
 */
export function readLinkSection(link: string, table: CategoryTable): { section: SectionId; evidence: string } | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const segments = url.pathname.split('/').filter(Boolean).map(decoded);
  // The last segment is the article's own slug or file, unless it is a section and a number.
  const last = segments.pop();
  const numbered = last?.match(NUMBERED_SECTION)?.[1];
  if (numbered) segments.push(numbered);
  for (const segment of segments.filter((folder) => !PASSED_OVER.test(folder)).slice(0, MAX_FOLDERS)) {
    const section = mapCategory(segment.replaceAll('-', ' ').replaceAll('_', ' '), table);
    if (section) return { section, evidence: `/${segment}/` };
  }
  return undefined;
}

// Sections sit at the top of a site's paths, dates aside: deeper folders are series and tags.
const MAX_FOLDERS = 3;

// "health-68029448", "world-us-canada-68049923": the BBC's section, then the story's number.
const NUMBERED_SECTION = /^([\p{L}-]+?)-\d{5,}$/u;

// Dates and numbers, and language codes ("en", "ar", "en-us").
const PASSED_OVER = /^(?:\d+|[a-z]{2}(?:-[a-z]{2})?)$/i;

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
