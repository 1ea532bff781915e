/**
 * A feed date as an ISO instant, or undefined when it cannot be read. RFC 822 (RSS) and RFC 3339 /
 * W3CDTF (Atom, Dublin Core) as Date.parse reads them; a time without a zone is read as UTC (as
 * feedparser does), never as the local time of the machine that happens to run the briefing.
 */
export function readFeedDate(value: string): string | undefined {
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  const candidates = [text];
  // 2003-12-31 10:14:55 or 2003-12-31T10:14 without a zone.
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(text)) candidates.unshift(`${text.replace(' ', 'T')}Z`);
  // Thu, 01 Jan 2004 19:48:21 without a zone.
  if (/\d{1,2}:\d{2}(?::\d{2})?$/.test(text) && /[A-Za-z]{3}/.test(text)) candidates.unshift(`${text} GMT`);
  for (const candidate of candidates) {
    const time = Date.parse(candidate);
    // Years before 1900 or far ahead are typos ("0001-01-01", "2204"), not dates worth sorting by.
    if (!Number.isNaN(time) && time > Date.UTC(1900, 0, 1) && time < Date.UTC(2200, 0, 1)) return new Date(time).toISOString();
  }
  return undefined;
}
