// Feeds are untrusted: escaping keeps a url inside its attribute, but a `javascript:` or `data:`
// link would still run or mislead when clicked, so only web and local-file links are kept.
const LINK_SCHEMES = new Set(['http:', 'https:', 'file:']);

// An unsubscribe link is ours, not a feed's: an encrypted page or a mail address, the kinds a
// List-Unsubscribe header carries (RFC 2369), with https only, as RFC 8058 asks for one-click.
const UNSUBSCRIBE_SCHEMES = new Set(['https:', 'mailto:']);

/** `url` when it is a web or local-file link a mail client may open, else null. */
export function safeUrl(url: string | undefined): string | null {
  return withScheme(url, LINK_SCHEMES);
}

/** `url` when it is an `https:` or `mailto:` link, else null. */
export function safeUnsubscribeUrl(url: string | undefined): string | null {
  return withScheme(url, UNSUBSCRIBE_SCHEMES);
}

function withScheme(url: string | undefined, schemes: ReadonlySet<string>): string | null {
  if (url === undefined || !URL.canParse(url)) return null;
  return schemes.has(new URL(url).protocol) ? url : null;
}
