import { describe, expect, it } from 'vitest';
import { describeFetchError, FetchFailure } from '../../src/collect/describeFetchError.js';

// Shaped like undici's rejections: `TypeError: fetch failed` with the system error as its cause.
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });
const systemError = (code: string) => Object.assign(new Error(`getaddrinfo ${code} feeds.example`), { code });

describe('describeFetchError', () => {
  it('says "host not found" when DNS has no answer', () => {
    expect(describeFetchError(fetchFailed(systemError('ENOTFOUND')))).toBe('host not found');
  });

  it('finds the code inside an AggregateError of several addresses', () => {
    const aggregate = new AggregateError([systemError('ECONNREFUSED'), systemError('ECONNREFUSED')], 'all failed');
    expect(describeFetchError(fetchFailed(aggregate))).toBe('connection refused');
  });

  it('names an unknown code rather than hiding it', () => {
    expect(describeFetchError(fetchFailed(systemError('EWEIRD')))).toBe('network error (EWEIRD)');
  });

  it('passes readable failures through unchanged', () => {
    expect(describeFetchError(new FetchFailure('HTTP 503 Service Unavailable'))).toBe('HTTP 503 Service Unavailable');
  });

  it('falls back to the message of the cause, then of the error', () => {
    expect(describeFetchError(fetchFailed(new Error('other side closed')))).toBe('other side closed');
    expect(describeFetchError('plain string')).toBe('plain string');
  });
});
