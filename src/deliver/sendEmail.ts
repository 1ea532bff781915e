import { setTimeout as sleep } from 'node:timers/promises';
import nodemailer from 'nodemailer';
import type { EmailConfig } from '../config/schema.js';
import { describeError } from '../errors.js';
import type { Store } from '../store/openStore.js';
import type { Briefing } from '../types.js';
import { composeMessage, messageIdOf } from './composeMessage.js';

export interface SendResult {
  /** Recipients the server accepted in this run. */
  accepted: string[];
  /** Recipients the send log says already have this briefing (not sent again). */
  alreadySent: string[];
  /** Recipients not reached, with the reason; `permanent` when retrying cannot help. */
  failed: { recipient: string; reason: string; permanent: boolean }[];
}

export interface SendOptions {
  /** `smtp://user:pass@host:587` or `smtps://…`, from the SMTP_URL environment variable. */
  smtpUrl: string;
  email: EmailConfig;
  /** The send log; without it every recipient is sent to. */
  store?: Store;
  /** Send again to recipients the log says already have it. @default false */
  force?: boolean;
  /** Give up on a silent server after this long. @default 30000 */
  timeoutMs?: number;
  /** Waits before each retry of a transient failure. @default [2000, 8000] */
  retryDelaysMs?: readonly number[];
  now?: () => Date;
}

/**
 * Sends the briefing to each recipient as its own message, so one bounce never blocks the others.
 * Transient failures (4xx replies, dropped or timed-out connections) are retried with backoff;
 * permanent ones (5xx) are reported at once. Every outcome goes to the send log as soon as it is
 * known, so a repeated run for the same date sends only what is missing: delivery is at least
 * once per recipient (twice only if the process dies between the server's "accepted" and the
 * log write), and the stable Message-ID lets mail clients recognise such a repeat.
 */
export async function sendEmail(briefing: Briefing, rendered: { html: string; text: string }, options: SendOptions): Promise<SendResult> {
  const timeout = options.timeoutMs ?? 30_000;
  const delays = options.retryDelaysMs ?? [2000, 8000];
  const now = options.now ?? (() => new Date());
  const transport = nodemailer.createTransport({ url: options.smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout });
  const logged = new Map((options.store?.sendLog(briefing.date) ?? []).map((record) => [record.recipient.toLowerCase(), record]));
  const result: SendResult = { accepted: [], alreadySent: [], failed: [] };
  const domain = options.email.from.split('@')[1] ?? 'localhost';
  try {
    for (const recipient of options.email.to) {
      if (!options.force && logged.get(recipient.toLowerCase())?.status === 'accepted') {
        result.alreadySent.push(recipient);
        continue;
      }
      const message = composeMessage(briefing, rendered, options.email, recipient);
      let attempts = 0;
      for (;;) {
        attempts++;
        try {
          await transport.sendMail(message);
          result.accepted.push(recipient);
          options.store?.recordSend(briefing.date, { recipient, messageId: messageIdOf(briefing, recipient, domain), status: 'accepted', attempts, lastError: null }, now());
          break;
        } catch (error) {
          const permanent = isPermanent(error);
          const delay = delays[attempts - 1];
          if (!permanent && delay !== undefined) {
            await sleep(delay);
            continue;
          }
          const reason = describeSmtpError(error, timeout);
          result.failed.push({ recipient, reason, permanent });
          options.store?.recordSend(briefing.date, { recipient, messageId: messageIdOf(briefing, recipient, domain), status: 'failed', attempts, lastError: reason }, now());
          break;
        }
      }
    }
  } finally {
    transport.close();
  }
  return result;
}

/** nodemailer's words ("Greeting never received") with what they mean for the person reading. */
function describeSmtpError(error: unknown, timeoutMs: number): string {
  const code = (error as { code?: string }).code;
  const detail = describeError(error);
  if (code === 'ETIMEDOUT') return `no answer from the SMTP server within ${timeoutMs / 1000} s (${detail})`;
  if (code === 'ECONNECTION' || code === 'ESOCKET') return `connection to the SMTP server failed (${detail})`;
  if (code === 'EAUTH') return `the SMTP server refused the login: check the user and password in SMTP_URL (${detail})`;
  return detail;
}

/** A 5xx reply means the server will never take this message; anything else may pass later. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
