import { describe, expect, it } from 'vitest';
import { describeFetchError, FetchFailure, toFetchFailure } from '../../src/collect/describeFetchError.js';

// Shaped like Node's system errors: the code on the error itself.
const systemError = (code: string) => Object.assign(new Error(`getaddrinfo ${code} feeds.example`), { code });

describe('describeFetchError', () => {
  it('says "host not found" when DNS has no answer', () => {
    expect(describeFetchError(systemError('ENOTFOUND'))).toBe('host not found');
  });

  it('finds the code inside an AggregateError of several addresses', () => {
    const aggregate = new AggregateError([systemError('ECONNREFUSED'), systemError('ECONNREFUSED')], 'all failed');
    expect(describeFetchError(aggregate)).toBe('connection refused');
  });

  it('finds the code on the cause of an error that wraps another', () => {
    expect(describeFetchError(new TypeError('fetch failed', { cause: systemError('ECONNRESET') }))).toBe('connection reset by the server');
  });

  it('names an unknown code rather than hiding it', () => {
    expect(describeFetchError(systemError('EWEIRD'))).toBe('network error (EWEIRD)');
  });

  it('says when what answered does not speak HTTP', () => {
    expect(describeFetchError(systemError('HPE_INVALID_CONSTANT'))).toBe("the server's answer is not valid HTTP (HPE_INVALID_CONSTANT)");
  });

  it('marks a connection lost mid-body as worth another attempt, a corrupt body not', () => {
    expect(toFetchFailure(systemError('ERR_STREAM_PREMATURE_CLOSE'))).toMatchObject({ message: 'connection closed before the body was complete', transient: true });
    expect(toFetchFailure(systemError('Z_DATA_ERROR')).transient).toBe(false);
  });

  it('passes readable failures through unchanged', () => {
    expect(describeFetchError(new FetchFailure('HTTP 503 Service Unavailable'))).toBe('HTTP 503 Service Unavailable');
  });

  it('falls back to the message of the cause, then of the error', () => {
    expect(describeFetchError(new Error('request failed', { cause: new Error('other side closed') }))).toBe('other side closed');
    expect(describeFetchError('plain string')).toBe('plain string');
  });
});
