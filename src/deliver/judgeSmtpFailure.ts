import { describeError } from '../errors.js';
import type { Transmission } from './transmitMessage.js';

export interface SmtpVerdict {
  /**
   * `retry`: another attempt may pass; `permanent`: none will; `unknown`: the server had the whole
   * message and never answered, so it may have kept it: a retry could send a second copy.
   */
  outcome: 'retry' | 'permanent' | 'unknown';
  /** The server itself is the problem (down, untrusted, no TLS, login refused): no other recipient can pass this run. */
  serverDown: boolean;
  /** The server went quiet or too slow: two of these in a row mean it is down for this run. */
  timedOut: boolean;
  reason: string;
}

export interface SmtpContext {
  /** The server as SMTP_URL names it, without the password. */
  server: string;
  /** Silence allowed while waiting for the server. */
  idleMs: number;
  /** What the exchange's time ran out against, for the reason: `120 s` or `5 s (delivery.email.deadlineSeconds)`. */
  deadline: string;
}

type Failure = Exclude<Transmission, { ok: true }>;

interface SmtpError {
  code?: string;
  originalCode?: string;
  responseCode?: number;
  permanent?: boolean;
  command?: string;
}

// Node's and OpenSSL's codes for a certificate that cannot be trusted; no retry changes them.
const CERTIFICATE = /^(CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(GET_ISSUER_CERT|VERIFY_LEAF_SIGNATURE)|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH)/;
const UNREACHABLE = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME']);

/**
 * What a failed exchange means for this recipient and for the rest of the run. Only a failure
 * after the whole message went out without a reply is `unknown`; a reply, even a late error, is
 * a clear answer. A server that cannot be reached or trusted stops the run's delivery at once.
 */
export function judgeSmtpFailure(failure: Failure, context: SmtpContext): SmtpVerdict {
  const { server } = context;
  if (failure.kind === 'plaintext') return down('permanent', `${server} offers no STARTTLS; refusing to send the password in clear text (use smtps:// or a server with STARTTLS)`);
  if (failure.kind === 'deadline') {
    if (failure.phase === 'reply') return { ...unknown(`no reply within ${context.deadline} after the whole message was sent`), timedOut: true };
    return { outcome: 'retry', serverDown: false, timedOut: true, reason: `the exchange with ${server} did not finish within ${context.deadline} (${failure.phase})` };
  }
  const error = (failure.error ?? {}) as SmtpError;
  const detail = describeError(failure.error);
  const code = error.code ?? '';
  const responseCode = error.responseCode;
  // requireTLS asks for STARTTLS even when EHLO did not offer it: a reply other than 220 means there is none.
  if ((code === 'ETLS' && error.command === 'STARTTLS' && responseCode !== undefined) || /HELO does not support required STARTTLS/.test(detail)) {
    return down('permanent', `${server} offers no STARTTLS; refusing to send the password in clear text (${detail})`);
  }
  if (CERTIFICATE.test(error.originalCode ?? '') || /certificate|self[- ]signed/i.test(detail)) {
    return down('permanent', `the certificate of ${server} is not trusted (${detail})`);
  }
  if (code === 'ETLS' || /^(ERR_SSL_|EPROTO)/.test(error.originalCode ?? '')) {
    return down('permanent', `TLS with ${server} failed: smtps:// is TLS from the start (usually port 465), smtp:// upgrades with STARTTLS (usually 587) (${detail})`);
  }
  if (code === 'EAUTH') {
    if (responseCode !== undefined && responseCode < 500) return { outcome: 'retry', serverDown: false, timedOut: false, reason: `${server} could not log in for now (${detail})` };
    return down('permanent', `${server} refused the login: check the user and password in SMTP_URL (${detail})`);
  }
  if (responseCode !== undefined) {
    // A reply is a clear answer, whatever the phase: 5xx never passes (503 is a bad sequence, not a refusal).
    const permanent = error.permanent ?? (responseCode >= 500 && responseCode !== 503);
    return { outcome: permanent ? 'permanent' : 'retry', serverDown: false, timedOut: false, reason: detail };
  }
  const timedOut = code === 'ETIMEDOUT';
  if (failure.phase === 'reply') return { ...unknown(`${timedOut ? `no reply within ${context.idleMs / 1000} s` : 'the connection ended'} after the whole message was sent (${detail})`), timedOut };
  if (code === 'EDNS' || UNREACHABLE.has(error.originalCode ?? code)) return down('retry', `cannot reach ${server} (${detail})`);
  if (timedOut) return { outcome: 'retry', serverDown: false, timedOut, reason: `no answer from the SMTP server within ${context.idleMs / 1000} s (${detail})` };
  if (code === 'ECONNECTION' || code === 'ESOCKET') return { outcome: 'retry', serverDown: false, timedOut, reason: `connection to the SMTP server failed (${detail})` };
  if (code === 'EENVELOPE' || code === 'EMESSAGE') return { outcome: 'permanent', serverDown: false, timedOut, reason: detail };
  return { outcome: 'retry', serverDown: false, timedOut, reason: detail };
}

function down(outcome: 'retry' | 'permanent', reason: string): SmtpVerdict {
  return { outcome, serverDown: true, timedOut: false, reason };
}

function unknown(what: string): SmtpVerdict {
  return { outcome: 'unknown', serverDown: false, timedOut: false, reason: `${what}: it may have been delivered` };
}
