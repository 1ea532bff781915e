import { parse } from 'tldts';

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

/**
 * What two outlets (see outletOf) must share to be one: the host without its public suffix (the
 * Public Suffix List's, by tldts). One newsroom links from its domains in several countries and
 * from its short links: cnn.com and cnn.it, bbc.co.uk and bbc.com. Subdomains stay apart, since
 * a platform's subdomains are different writers (x.substack.com, y.wordpress.com). An address or
 * a source name stays as it is.
 */
export function siteOf(outlet: string): string {
  const { domain, publicSuffix } = parse(outlet);
  return domain && publicSuffix ? outlet.slice(0, outlet.length - publicSuffix.length - 1) : outlet;
}
