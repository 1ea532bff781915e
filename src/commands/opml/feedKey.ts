/**
 * The identity of a feed address, for finding duplicates: scheme, letter case of the host, a
 * default port, a fragment and final slashes of the path do not make another feed
 * (`http://Example.org:80/feed/` is `https://example.org/feed`). Undefined for what is not an
 * http(s) address.
 */
export function feedKey(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const port = url.port === '80' || url.port === '443' ? '' : url.port;
  return `${url.hostname}${port ? `:${port}` : ''}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}
