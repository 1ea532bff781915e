import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { EmailConfig } from '../config/schema.js';
import { DeliveryError, describeError } from '../errors.js';
import type { Briefing } from '../types.js';

export interface SendResult {
  /** Recipients the server accepted. */
  accepted: string[];
  /** Recipients that could not be sent to, with the reason. */
  failed: { recipient: string; reason: string }[];
}

export interface SendOptions {
  /** `smtp://user:pass@host:587` or `smtps://…`, from the SMTP_URL environment variable. */
  smtpUrl: string;
  email: EmailConfig;
  /** Abort a silent server instead of hanging the run. @default 30000 */
  timeoutMs?: number;
}

/**
 * Sends the briefing to each recipient as its own message (one bounce never blocks the others),
 * as multipart/alternative with the HTML and the plain-text part. Throws a DeliveryError when no
 * recipient was reached; partial failures are returned.
 */
export async function sendEmail(briefing: Briefing, rendered: { html: string; text: string }, options: SendOptions): Promise<SendResult> {
  const timeout = options.timeoutMs ?? 30_000;
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  const result: SendResult = { accepted: [], failed: [] };
  try {
    for (const recipient of options.email.to) {
      try {
        await transport.sendMail({
          from: options.email.from,
          to: recipient,
          subject: subjectOf(briefing),
          messageId: messageIdOf(briefing, recipient, options.email.from),
          text: rendered.text,
          html: rendered.html,
          ...(options.email.unsubscribe ? { list: { unsubscribe: options.email.unsubscribe } } : {}),
        });
        result.accepted.push(recipient);
      } catch (error) {
        result.failed.push({ recipient, reason: describeError(error) });
      }
    }
  } finally {
    transport.close();
  }
  if (result.accepted.length === 0) {
    const reasons = result.failed.map((failure) => `${failure.recipient}: ${failure.reason}`).join('; ');
    throw new DeliveryError(`the briefing was archived but not sent (${reasons})`);
  }
  return result;
}

/** "Morning Briefing, 2026-11-23: <lead story>", on one line whatever the titles contain. */
export function subjectOf(briefing: Briefing): string {
  const lead = briefing.topics.flatMap((topic) => topic.stories).find((story) => story.shown);
  const subject = lead ? `${briefing.title}, ${briefing.date}: ${lead.title}` : `${briefing.title}, ${briefing.date}`;
  // CR/LF in a title must never reach a header raw (header injection).
  return subject.replace(/[\r\n\u2028\u2029]+/g, ' ').slice(0, 200);
}

/** The same briefing to the same recipient always has the same Message-ID, so clients spot a resend. */
function messageIdOf(briefing: Briefing, recipient: string, from: string): string {
  const domain = from.split('@')[1] ?? 'localhost';
  const hash = createHash('sha256').update(`${briefing.date}\n${briefing.title}\n${recipient}`).digest('hex').slice(0, 16);
  return `<briefing-${briefing.date}-${hash}@${domain}>`;
}
