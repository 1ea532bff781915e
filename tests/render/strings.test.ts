import { describe, expect, it } from 'vitest';
import { pickStrings } from '../../src/render/strings.js';

describe('pickStrings', () => {
  it('picks Arabic for a regional Arabic tag', () => {
    expect(pickStrings('ar-EG').contents).toBe('المحتويات');
  });

  it('falls back to English for a language it does not have', () => {
    expect(pickStrings('sw').contents).toBe('Contents');
  });
});
