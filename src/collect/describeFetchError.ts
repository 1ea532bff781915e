import { redactUrl } from '../text/redactUrl.js';
import { FetchFailure } from './fetchFailure.js';

export { FetchFailure } from './fetchFailure.js';

// Node's HTTP client rejects with the system error itself (`code: 'ECONNREFUSED'`), or an
// AggregateError of one per address tried when a host has several; zlib names a corrupt body. The
// code is looked for on causes too, for errors that wrap another.
const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS lookup failed, try again later)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  ERR_STREAM_PREMATURE_CLOSE: 'connection closed before the body was complete',
  Z_DATA_ERROR: 'the compressed body is corrupt (it does not match its Content-Encoding)',
  Z_BUF_ERROR: 'the compressed body ends too early',
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the server certificate is for another host',
};

// Problems that often pass within seconds: a reset or refused connection (a restarting server or
// load balancer), a DNS server that did not answer in time. ENOTFOUND (no such name), certificate
// and decompression errors will be the same on the next attempt.
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/**
 * A short, human reason for a failed download ("connection refused", "host not found"). An
 * address quoted in it has its password and token parameters replaced by `***`: the reason ends
 * up in the briefing and the state store.
 */
export function describeFetchError(error: unknown): string {
  return redactUrl(reasonFor(error));
}

function reasonFor(error: unknown): string {
  if (error instanceof FetchFailure) return error.message;
  const code = findCode(error);
  if (code?.startsWith('ERR__ERROR_FORMAT_')) return `the brotli-compressed body is corrupt (${code})`;
  // llhttp's parse errors: whatever answered on the port does not speak HTTP/1.1 properly.
  if (code?.startsWith('HPE_')) return `the server's answer is not valid HTTP (${code})`;
  if (code !== undefined) return REASONS[code] ?? `network error (${code})`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  if (cause) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** Any download error as a FetchFailure with a readable message, marked transient when a retry may help. */
export function toFetchFailure(error: unknown): FetchFailure {
  if (error instanceof FetchFailure) return error;
  const code = findCode(error);
  return new FetchFailure(describeFetchError(error), { cause: error, transient: code !== undefined && TRANSIENT_CODES.has(code) });
}

function findCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && code !== 'ABORT_ERR') return code;
  const nested = Array.isArray(errors) ? (errors as unknown[])[0] : cause;
  return findCode(nested, depth + 1);
}
