import { describe, expect, it } from 'vitest';
import { parseSmtpUrl } from '../../src/deliver/parseSmtpUrl.js';
import { ConfigError } from '../../src/errors.js';

const PASSWORD = 's3cr3t-Pw';

function problemWith(value: string): string {
  try {
    parseSmtpUrl(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`${value} was accepted`);
}

describe('parseSmtpUrl', () => {
  it('reads the scheme, host, port and credentials, and names the server without the password', () => {
    expect(parseSmtpUrl(`smtp://me%40example.org:${PASSWORD}@smtp.example.org:2525`)).toEqual({
      secure: false,
      host: 'smtp.example.org',
      port: 2525,
      auth: { user: 'me@example.org', pass: PASSWORD },
      display: 'smtp://me%40example.org@smtp.example.org:2525',
    });
  });

  it('defaults to 587 for smtp:// (STARTTLS) and 465 for smtps:// (TLS from the start)', () => {
    expect(parseSmtpUrl('smtp://relay.local')).toMatchObject({ secure: false, port: 587 });
    expect(parseSmtpUrl('smtps://relay.local')).toMatchObject({ secure: true, port: 465 });
    expect(parseSmtpUrl('smtp://[::1]:25')).toMatchObject({ host: '::1', port: 25 });
  });

  // Issue 26: each of these used to go silently to 127.0.0.1:587, or was accepted.
  it.each([
    ['notaurl', /SMTP_URL is not a URL/],
    ['smtp://', /SMTP_URL has no host/],
    [`http://me:${PASSWORD}@smtp.example.org`, /SMTP_URL must start with smtp:\/\/ or smtps:\/\//],
    [`smtp://me:${PASSWORD}@smtp.example.org:99999`, /SMTP_URL has a port out of range/],
    ['smtp://smtp.example.org:0', /SMTP_URL has a port out of range/],
    [`smtp://me:${PASSWORD}@smtp.example.org:25x`, /SMTP_URL has a port that is not a number/],
    [`smtp://me:${PASSWORD}%zz@smtp.example.org`, /SMTP_URL has a bad percent-escape/],
    [`smtp://:${PASSWORD}@smtp.example.org`, /SMTP_URL has a password but no user/],
    [`smtp://${PASSWORD}@smtp.example.org`, /SMTP_URL has a user but no password/],
    [`smtp://me:${PASSWORD}@smtp.example.org/?tls.rejectUnauthorized=false`, /SMTP_URL must end after the host and port/],
  ])('refuses %s, naming the variable and never the password', (value, message) => {
    const problem = problemWith(value);
    expect(problem).toMatch(message);
    expect(problem).not.toContain(PASSWORD);
  });

  it('does not print a password that an unencoded "/" cut into a "port"', () => {
    expect(problemWith('smtp://me:123456/78@smtp.example.org')).not.toMatch(/123456/);
  });
});
