/** A download failure whose message is already readable; describeFetchError passes it through. */
export class FetchFailure extends Error {
  override readonly name = 'FetchFailure';
}

// Node's fetch (undici) rejects every network problem as `TypeError: fetch failed`; the useful part
// is the system error code on its cause, sometimes wrapped in an AggregateError (one per address tried).
const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS lookup failed, try again later)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the server',
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the server certificate is for another host',
};

/** A short, human reason for a failed download ("connection refused", "host not found"). */
export function describeFetchError(error: unknown): string {
  if (error instanceof FetchFailure) return error.message;
  const code = findCode(error);
  if (code !== undefined) return REASONS[code] ?? `network error (${code})`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  if (cause) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

function findCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && code !== 'ABORT_ERR') return code;
  const nested = Array.isArray(errors) ? (errors as unknown[])[0] : cause;
  return findCode(nested, depth + 1);
}
