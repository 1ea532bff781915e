import { describe, expect, it } from 'vitest';
import { toEnvironmentError } from '../../src/machine/toEnvironmentError.js';

describe('toEnvironmentError', () => {
  it('words the machine’s failures, SQLite’s extended codes included', () => {
    expect(toEnvironmentError(Object.assign(new Error('x'), { code: 'ENOSPC' }), 'write /a/b.json', '/a/b.json')?.message).toBe('cannot write /a/b.json: no space left on the device (ENOSPC)');
    expect(toEnvironmentError(Object.assign(new Error('x'), { code: 'SQLITE_IOERR_WRITE' }), 'write the state store /s.db', '/s.db')?.message).toBe(
      'cannot write the state store /s.db: input/output error (SQLITE_IOERR_WRITE)',
    );
  });

  it('leaves every other failure as it is: a bug stays a bug', () => {
    expect(toEnvironmentError(new TypeError('x is undefined'), 'write /a', '/a')).toBeUndefined();
    expect(toEnvironmentError(Object.assign(new Error('no such table'), { code: 'SQLITE_ERROR' }), 'read /s.db', '/s.db')).toBeUndefined();
  });
});
