/**
 * The outlet behind a link: its host without `www.` or `m.`, so that two feeds of one site (a
 * world and a politics feed, a mobile and a desktop address) count as one outlet. A local file,
 * or a link without a host, is its source's own outlet.
 */
export function outletOf(url: string, source: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return source;
  }
  if (host === '') return source;
  return host.replace(/^(?:www\d*|m|amp|mobile)\./, '');
}
