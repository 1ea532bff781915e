import { describe, expect, it } from 'vitest';
import { parseRetryAfter, statusFailure } from '../../src/collect/fetchFailure.js';

const NOW = Date.parse('2025-03-04T10:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  it('reads an HTTP date as the time left until it, and a past date as no wait', () => {
    expect(parseRetryAfter('Tue, 04 Mar 2025 10:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Tuesday, 04-Mar-25 10:01:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter('Mon, 03 Mar 2025 10:00:00 GMT', NOW)).toBe(0);
  });

  it('ignores a missing or unreadable value', () => {
    for (const value of [null, '', 'soon', '-5', '1.5', '1e3']) expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});

describe('statusFailure', () => {
  const failureFor = (status: number, retryAfter?: string) => statusFailure({ status, retryAfter }, NOW);

  it('marks 408, 425, 429 and 5xx gateways as transient, other errors not', () => {
    const transient = [408, 425, 429, 500, 502, 503, 504].map((status) => failureFor(status).transient);
    expect(transient.every(Boolean)).toBe(true);
    expect([400, 401, 403, 404, 410, 501].map((status) => failureFor(status).transient).some(Boolean)).toBe(false);
  });

  it('names the status and keeps Retry-After for 429 and 503 only', () => {
    expect(failureFor(429, '5')).toMatchObject({ message: 'HTTP 429 Too Many Requests', status: 429, retryAfterMs: 5_000 });
    expect(failureFor(503, 'Tue, 04 Mar 2025 10:00:02 GMT').retryAfterMs).toBe(2_000);
    expect(failureFor(500, '5').retryAfterMs).toBeUndefined();
  });
});
