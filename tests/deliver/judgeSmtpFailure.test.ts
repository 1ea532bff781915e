import { describe, expect, it } from 'vitest';
import { judgeSmtpFailure, type SmtpContext } from '../../src/deliver/judgeSmtpFailure.js';
import type { SmtpPhase } from '../../src/deliver/transmitMessage.js';

const context: SmtpContext = { server: 'smtp://me@smtp.example.org:587', idleMs: 30_000, deadline: '120 s' };

/** An error shaped as nodemailer reports it. */
function smtpError(message: string, fields: { code?: string; originalCode?: string; responseCode?: number; command?: string }): Error {
  return Object.assign(new Error(message), fields);
}

const failed = (phase: SmtpPhase, error: Error) => judgeSmtpFailure({ ok: false, phase, kind: 'error', error }, context);

describe('judgeSmtpFailure', () => {
  it('calls a drop after the whole message went out unknown, never a failure to retry (issue 26)', () => {
    const verdict = failed('reply', smtpError('Connection closed unexpectedly', { code: 'ECONNECTION', command: 'CONN' }));
    expect(verdict).toMatchObject({ outcome: 'unknown', serverDown: false });
    expect(verdict.reason).toMatch(/after the whole message was sent .*it may have been delivered/);
  });

  it('calls a deadline that passed while waiting for the final reply unknown, and a timeout', () => {
    expect(judgeSmtpFailure({ ok: false, phase: 'reply', kind: 'deadline' }, context)).toMatchObject({ outcome: 'unknown', timedOut: true });
  });

  it('takes a reply after the message as a clear answer: 4xx is retried, 5xx is not', () => {
    expect(failed('reply', smtpError('Message failed: 451 try later', { code: 'EMESSAGE', responseCode: 451 })).outcome).toBe('retry');
    expect(failed('reply', smtpError('Message failed: 554 spam', { code: 'EMESSAGE', responseCode: 554 })).outcome).toBe('permanent');
  });

  it('retries a drop before the message went out', () => {
    expect(failed('envelope', smtpError('Connection closed unexpectedly', { code: 'ECONNECTION' }))).toMatchObject({ outcome: 'retry', serverDown: false });
  });

  it('stops the run at a server that refuses connections or has no address', () => {
    expect(failed('connect', smtpError('connect ECONNREFUSED 127.0.0.1:1', { code: 'ESOCKET', originalCode: 'ECONNREFUSED' }))).toMatchObject({ outcome: 'retry', serverDown: true });
    expect(failed('connect', smtpError('getaddrinfo ENOTFOUND smtp.example.org', { code: 'EDNS', originalCode: 'ENOTFOUND' }))).toMatchObject({ serverDown: true });
  });

  it('makes an untrusted certificate permanent and stops the run', () => {
    const verdict = failed('connect', smtpError('Error initiating TLS - self-signed certificate', { code: 'ETLS', command: 'STARTTLS' }));
    expect(verdict).toMatchObject({ outcome: 'permanent', serverDown: true });
    expect(verdict.reason).toMatch(/certificate of smtp:\/\/me@smtp\.example\.org:587 is not trusted/);
  });

  it('refuses to send the password in clear text when the server has no STARTTLS', () => {
    const refused = failed('connect', smtpError('Error upgrading connection with STARTTLS: 502 5.5.1 not implemented', { code: 'ETLS', command: 'STARTTLS', responseCode: 502 }));
    expect(refused).toMatchObject({ outcome: 'permanent', serverDown: true });
    expect(refused.reason).toMatch(/offers no STARTTLS; refusing to send the password in clear text/);
    expect(judgeSmtpFailure({ ok: false, phase: 'connect', kind: 'plaintext' }, context).reason).toMatch(/offers no STARTTLS/);
  });

  it('makes a refused login permanent for the whole run', () => {
    expect(failed('login', smtpError('Invalid login: 535 bad credentials', { code: 'EAUTH', responseCode: 535 }))).toMatchObject({ outcome: 'permanent', serverDown: true });
  });
});
