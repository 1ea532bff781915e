import { ConfigError } from '../errors.js';

/** Where and how to send mail, read from SMTP_URL. */
export interface SmtpTarget {
  /** TLS from the first byte (`smtps://`); otherwise STARTTLS. */
  secure: boolean;
  host: string;
  port: number;
  /** From the URL's user and password, percent-decoded. */
  auth?: { user: string; pass: string };
  /** The address without the password, for messages: `smtp://user@host:587`. */
  display: string;
}

const FORM = 'expected smtp://[user:password@]host[:port] or smtps://…';

/**
 * Reads SMTP_URL, or throws a ConfigError that names the variable and says what is wrong. The
 * value itself is never quoted, since it may hold the password; only its scheme, host and port are.
 * A malformed value used to fall back silently to 127.0.0.1:587 (issue 26).
 */
export function parseSmtpUrl(value: string): SmtpTarget {
  const text = value.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined || !text.slice(scheme.length + 1).startsWith('//')) throw new ConfigError(`SMTP_URL is not a URL: ${FORM}`);
  if (scheme !== 'smtp' && scheme !== 'smtps') throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://: ${FORM}`);
  // The port is checked before the URL parser, whose only word for a port out of range is "Invalid URL".
  // It is not quoted either: with a "/" left unencoded in the password, the "port" is part of it.
  const authority = text.slice(scheme.length + 3).split(/[/?#]/)[0] ?? '';
  const port = /^(?:\[[^\]]*\]|[^:]*):(.+)$/.exec(authority.slice(authority.lastIndexOf('@') + 1))?.[1];
  if (port !== undefined && !/^\d+$/.test(port)) {
    throw new ConfigError(`SMTP_URL has a port that is not a number (a "/", "?" or "#" in the password must be percent-encoded): ${FORM}`);
  }
  if (port !== undefined && !(Number(port) >= 1 && Number(port) <= 65535)) throw new ConfigError('SMTP_URL has a port out of range: a port is 1 to 65535');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`SMTP_URL is not a valid URL: ${FORM} (percent-encode special characters in the user and password)`);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (host === '') throw new ConfigError(`SMTP_URL has no host: ${FORM}`);
  if ((url.pathname !== '' && url.pathname !== '/') || url.search !== '' || url.hash !== '') {
    throw new ConfigError(`SMTP_URL must end after the host and port: a path, "?options" or "#" are not used (${FORM})`);
  }
  const secure = scheme === 'smtps';
  const number = url.port === '' ? (secure ? 465 : 587) : Number(url.port);
  const auth = credentialsOf(url);
  const user = auth ? `${encodeURIComponent(auth.user)}@` : '';
  return { secure, host, port: number, ...(auth ? { auth } : {}), display: `${scheme}://${user}${url.hostname}:${number}` };
}

function credentialsOf(url: URL): { user: string; pass: string } | undefined {
  if (url.username === '' && url.password === '') return undefined;
  let user: string;
  let pass: string;
  try {
    user = decodeURIComponent(url.username);
    pass = decodeURIComponent(url.password);
  } catch {
    throw new ConfigError('SMTP_URL has a bad percent-escape in the user or password (write a literal "%" as %25)');
  }
  if (user === '') throw new ConfigError(`SMTP_URL has a password but no user: ${FORM}`);
  if (pass === '') throw new ConfigError(`SMTP_URL has a user but no password: ${FORM}`);
  return { user, pass };
}
