import { setTimeout as sleep } from 'node:timers/promises';
import type { ConnectionOptions } from 'node:tls';
import type { EmailConfig } from '../config/schema.js';
import type { Store } from '../store/openStore.js';
import type { Briefing } from '../types.js';
import { composeMessage, messageIdOf } from './composeMessage.js';
import { encodeMessage } from './encodeMessage.js';
import { judgeSmtpFailure } from './judgeSmtpFailure.js';
import { parseSmtpUrl } from './parseSmtpUrl.js';
import { readSendLog, writeSendLog, type SendLogEntry } from './sendLog.js';
import { transmitMessage } from './transmitMessage.js';
import { redactUrl } from '../text/redactUrl.js';

export interface SendFailure {
  recipient: string;
  reason: string;
  /** Retrying cannot help: a 5xx reply, an untrusted certificate, a refused login, no TLS for the password. */
  permanent: boolean;
  /** The server had the whole message and never confirmed it: it may have arrived. Not retried. */
  unknown?: boolean;
  /** Attempts in this run; 0 when the run stopped before this recipient (server down, deadline). */
  attempts?: number;
}

export interface SendResult {
  /** Recipients the server accepted in this run. */
  accepted: string[];
  /** Recipients the send log says already have this briefing (not sent again). */
  alreadySent: string[];
  /** Recipients an earlier run may have reached without a confirmation: not sent again unless resendUnknown. */
  unconfirmed?: string[];
  /** Recipients not reached in this run, or not confirmed (`unknown`), with the reason. */
  failed: SendFailure[];
}

export interface SmtpTimings {
  /** Silence allowed while waiting for the server. @default 30000 */
  timeoutMs?: number;
  /** The most one exchange (connection and message) may take. @default 120000 */
  exchangeTimeoutMs?: number;
  /** Waits before each retry of a transient failure. @default [2000, 8000] */
  retryDelaysMs?: readonly number[];
  /** Extra options for TLS connections (tests trust their own certificate). */
  tls?: ConnectionOptions;
}

export interface SendOptions extends SmtpTimings {
  /** `smtp://user:pass@host:587` or `smtps://…`, from the SMTP_URL environment variable. */
  smtpUrl: string;
  email: EmailConfig;
  /** The send log; without it every recipient is sent to. */
  store?: Store;
  /** Send again to recipients the log says already have it, or may have it. @default false */
  force?: boolean;
  /** Send again to recipients whose delivery an earlier run could not confirm. @default false */
  resendUnknown?: boolean;
  now?: () => Date;
}

/**
 * Sends the briefing to each recipient as its own message, so one bounce never blocks the others,
 * within `email.deadlineSeconds` for the whole delivery. Transient failures are retried with
 * backoff; permanent ones are reported at once; a server that is down, untrusted or too slow twice
 * in a row ends the delivery, and every recipient left is reported. A message the server took
 * without confirming it is never retried: it is logged `unknown`, so no run sends it twice unless
 * asked to. Every outcome goes to the send log as soon as it is known, so a run for the same date
 * sends only what is missing.
 */
export async function sendEmail(briefing: Briefing, rendered: { html: string; text: string }, options: SendOptions): Promise<SendResult> {
  const target = parseSmtpUrl(options.smtpUrl);
  const idleMs = options.timeoutMs ?? 30_000;
  const exchangeMs = options.exchangeTimeoutMs ?? 120_000;
  const delays = options.retryDelaysMs ?? [2000, 8000];
  const now = options.now ?? (() => new Date());
  // Measured on the real clock: `now` may be a fixed date in tests.
  const deadlineAt = Date.now() + options.email.deadlineSeconds * 1000;
  const overall = `${options.email.deadlineSeconds} s (delivery.email.deadlineSeconds)`;
  const domain = options.email.from.split('@')[1] ?? 'localhost';
  const logged = readSendLog(options.store, briefing.date);
  const result: Required<SendResult> = { accepted: [], alreadySent: [], unconfirmed: [], failed: [] };
  const log = (recipient: string, status: SendLogEntry['status'], attempts: number, lastError: string | null) => {
    // A server's error text may quote an address with credentials: the send log never keeps them.
    const error = lastError === null ? null : redactUrl(lastError);
    writeSendLog(options.store, briefing.date, { recipient, messageId: messageIdOf(briefing, recipient, domain), status, attempts, lastError: error }, now());
  };
  const fail = (failure: SendFailure) => {
    result.failed.push(failure);
    log(failure.recipient, failure.unknown ? 'unknown' : 'failed', failure.attempts ?? 0, failure.reason);
  };
  // Set once nothing more can pass in this run: the rest are reported with this reason, untried.
  let stop: { reason: string; permanent: boolean } | undefined;
  let timeoutsInARow = 0;

  for (const recipient of options.email.to) {
    const earlier = options.force ? undefined : logged.get(recipient.toLowerCase())?.status;
    if (earlier === 'accepted') {
      result.alreadySent.push(recipient);
      continue;
    }
    if (earlier === 'unknown' && !options.resendUnknown) {
      result.unconfirmed.push(recipient);
      continue;
    }
    if (Date.now() >= deadlineAt) stop ??= { reason: `the delivery took longer than ${overall}`, permanent: false };
    if (stop) {
      fail({ recipient, reason: `not tried: ${stop.reason}`, permanent: stop.permanent, attempts: 0 });
      continue;
    }
    const message = await encodeMessage(composeMessage(briefing, rendered, options.email, recipient));
    for (let attempts = 1; ; attempts++) {
      const left = deadlineAt - Date.now();
      const outcome = await transmitMessage(target, message, { deadlineMs: Math.max(1, Math.min(exchangeMs, left)), idleMs, ...(options.tls ? { tls: options.tls } : {}) });
      if (outcome.ok) {
        timeoutsInARow = 0;
        result.accepted.push(recipient);
        log(recipient, 'accepted', attempts, null);
        break;
      }
      const verdict = judgeSmtpFailure(outcome, { server: target.display, idleMs, deadline: left < exchangeMs ? overall : `${exchangeMs / 1000} s` });
      timeoutsInARow = verdict.timedOut ? timeoutsInARow + 1 : 0;
      if (verdict.serverDown) stop = { reason: verdict.reason, permanent: verdict.outcome === 'permanent' };
      else if (timeoutsInARow >= 2) stop = { reason: `${target.display} timed out twice in a row`, permanent: false };
      const delay = delays[attempts - 1];
      if (verdict.outcome === 'retry' && !stop && delay !== undefined && Date.now() + delay < deadlineAt) {
        await sleep(delay);
        continue;
      }
      fail({ recipient, reason: verdict.reason, permanent: verdict.outcome === 'permanent', attempts, ...(verdict.outcome === 'unknown' ? { unknown: true } : {}) });
      break;
    }
  }
  return result;
}
