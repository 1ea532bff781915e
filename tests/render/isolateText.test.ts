import { describe, expect, it } from 'vitest';
import { isolateText } from '../../src/render/isolateText.js';

const FSI = '\u2068';
const PDI = '\u2069';

describe('isolateText', () => {
  it('puts Arabic inside English text between first-strong isolates', () => {
    expect(isolateText('الجزيرة', 'ltr')).toBe(`${FSI}الجزيرة${PDI}`);
  });

  it('puts English inside Arabic text between first-strong isolates', () => {
    expect(isolateText('ICE agent', 'rtl')).toBe(`${FSI}ICE agent${PDI}`);
  });

  it('leaves text that reads in the surrounding direction as it is', () => {
    expect(isolateText('Reuters', 'ltr')).toBe('Reuters');
    expect(isolateText('بي بي سي عربي', 'rtl')).toBe('بي بي سي عربي');
  });
});
