/** What a secret is replaced with. */
export const REDACTED = '***';

// `scheme://userinfo@`: the userinfo runs to the last `@` before the path, query or fragment, as
// the WHATWG URL parser reads it, so a password with a stray `@` is still covered whole.
const USERINFO = /(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*:\/\/)([^\s/\\?#"'<>]+)@/gi;

// `name=value` after `?`, `&`, `;` or `#`: query parameters, and fragments that carry tokens the
// way OAuth's implicit flow does. The value runs to the next `&`, `#`, space or quote.
const PARAMETER = /[?&;#]([^\s=&;#?"'<>]+)=([^&#\s"'<>]*)/g;

// Prose punctuation after an address ("… ?token=abc: HTTP 401") is not part of the value.
const TRAILING_PUNCTUATION = /[.,:;!)\]}]+$/;

// A parameter is secret when its last word is one of these ("key" in `x-api-key`, "secret" in
// `client_secret`), or ends with one of GLUED ("apikey", "accesstoken", "PHPSESSID").
// "key", "sig" and "pass" count only as words of their own: `keyword`, `monkey` and `compass` are not secrets.
const WORDS = new Set(['key', 'sig', 'pass', 'pw', 'bearer', 'hmac', 'authorization']);
const GLUED = [
  'token',
  'secret',
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'auth',
  'signature',
  'session',
  'sessionid',
  'sessid',
  'credential',
  'credentials',
  'jwt',
  'apikey',
  'authkey',
  'accesskey',
  'secretkey',
  'privatekey',
  'appkey',
];

/**
 * Replaces the secrets of every address in `text` with `***`: the user name and password
 * (`http://***@host/feed.xml`) and the values of parameters named like a token, key, password or
 * signature (`?token=***&page=2`). The rest is kept as written, so the address stays recognisable.
 * Works on a bare address or on an error message that quotes one; never throws.
 */
export function redactUrl(text: string): string {
  return redactParameters(text.replace(USERINFO, (_match, scheme: string) => `${scheme}${REDACTED}@`));
}

function redactParameters(text: string): string {
  // A copy per call: exec keeps its place in the pattern's lastIndex.
  const pattern = new RegExp(PARAMETER);
  let out = '';
  let copied = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const name = match[1]!;
    const value = match[2]!;
    const valueStart = match.index + match[0].length - value.length;
    if (!isSecretName(name)) {
      // An ordinary value may hold the next parameter after a `;` (`?a=1;key=…`): look inside it.
      pattern.lastIndex = valueStart;
      continue;
    }
    const punctuation = TRAILING_PUNCTUATION.exec(value)?.[0] ?? '';
    if (value.length === punctuation.length) continue;
    out += `${text.slice(copied, valueStart)}${REDACTED}`;
    copied = valueStart + value.length - punctuation.length;
  }
  return out + text.slice(copied);
}

function isSecretName(name: string): boolean {
  const words = decodeName(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  const last = words.at(-1);
  if (last === undefined) return false;
  // `session_id`, `api_key`: two words that name a secret together.
  const lastTwo = words.slice(-2).join('');
  return WORDS.has(last) || GLUED.some((suffix) => last.endsWith(suffix) || lastTwo === suffix);
}

function decodeName(name: string): string {
  const spaced = name.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
