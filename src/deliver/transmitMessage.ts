import { Readable } from 'node:stream';
import type { ConnectionOptions } from 'node:tls';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { EncodedMessage } from './encodeMessage.js';
import type { SmtpTarget } from './parseSmtpUrl.js';

/**
 * How far an exchange had got: connecting (greeting, EHLO, STARTTLS), logging in, the envelope
 * (MAIL, RCPT, DATA), sending the message, then waiting for the server's final reply to it.
 */
export type SmtpPhase = 'connect' | 'login' | 'envelope' | 'message' | 'reply';

export type Transmission =
  | { ok: true; response: string }
  /** `error`: what nodemailer reported; `deadline`: the exchange ran out of time; `plaintext`: credentials but no TLS. */
  | { ok: false; phase: SmtpPhase; kind: 'error'; error: unknown }
  | { ok: false; phase: SmtpPhase; kind: 'deadline' }
  | { ok: false; phase: SmtpPhase; kind: 'plaintext' };

export interface TransmitLimits {
  /** The whole exchange, from connecting to the final reply. */
  deadlineMs: number;
  /** Silence allowed while waiting for the server. */
  idleMs: number;
  /** Extra options for the TLS connection (tests trust their own certificate). */
  tls?: ConnectionOptions;
}

/**
 * One SMTP exchange for one message, on its own connection, that never takes longer than
 * `deadlineMs`: idle timeouts alone let a server that trickles its replies hold a run for hours
 * (issue 26). It reports how far it got, because a failure after the whole message was handed
 * over may be a message the server kept: retrying it would send a second copy.
 */
export function transmitMessage(target: SmtpTarget, message: EncodedMessage, limits: TransmitLimits): Promise<Transmission> {
  return new Promise((resolve) => {
    let phase: SmtpPhase = 'connect';
    const wait = Math.min(limits.idleMs, limits.deadlineMs);
    const connection = new SMTPConnection({
      host: target.host,
      port: target.port,
      secure: target.secure,
      // A password never goes over an unencrypted connection: STARTTLS or no login at all.
      requireTLS: !target.secure && target.auth !== undefined,
      connectionTimeout: wait,
      greetingTimeout: wait,
      dnsTimeout: wait,
      socketTimeout: limits.idleMs,
      // Closed at once, not after a grace period: a server that never closes its side (one that
      // trickles) would otherwise keep the process alive after the run.
      socketCloseTimeout: 0,
      logger: false,
      ...(limits.tls ? { tls: limits.tls } : {}),
    });
    let settled = false;
    const finish = (outcome: Transmission): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      connection.close();
      resolve(outcome);
    };
    const fail = (error: unknown): void => {
      finish({ ok: false, phase, kind: 'error', error });
    };
    const timer = setTimeout(() => {
      finish({ ok: false, phase, kind: 'deadline' });
    }, limits.deadlineMs);

    const send = (): void => {
      phase = 'envelope';
      // The connection reads the message only once the server has said "354" to DATA; once it has
      // read all of it, the end-of-data dot follows, and from then on the outcome is the server's.
      const body = new Readable({
        read() {
          phase = 'message';
          this.push(message.raw);
          this.push(null);
        },
      });
      body.once('end', () => {
        phase = 'reply';
      });
      connection.send({ ...message.envelope, size: message.raw.length }, body, (error, info) => {
        if (error) fail(error);
        else finish({ ok: true, response: info.response });
      });
    };

    connection.on('error', fail);
    connection.once('end', () => {
      fail(new Error('the SMTP server closed the connection'));
    });
    connection.connect((error) => {
      if (error) {
        fail(error);
        return;
      }
      if (!target.auth) {
        send();
        return;
      }
      // requireTLS already refuses a server without STARTTLS; this check does not depend on it.
      if (!connection.secure) {
        finish({ ok: false, phase, kind: 'plaintext' });
        return;
      }
      // As nodemailer's transport does: a server that asks for no login (a trusting relay) gets none.
      if (!connection.allowsAuth) {
        send();
        return;
      }
      phase = 'login';
      connection.login({ user: target.auth.user, credentials: target.auth }, (loginError) => {
        if (loginError) fail(loginError);
        else send();
      });
    });
  });
}
