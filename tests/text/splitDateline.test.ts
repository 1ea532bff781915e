import { describe, expect, it } from 'vitest';
import { splitDateline } from '../../src/text/splitDateline.js';

describe('splitDateline', () => {
  it('takes a credited dateline off the start of the text', () => {
    expect(splitDateline('(CNN) -- A powerful storm hit the coast on Monday.')).toEqual({ dateline: '(CNN)', rest: 'A powerful storm hit the coast on Monday.' });
    expect(splitDateline('LONDON, March 3 (Reuters) - British lawmakers voted on Tuesday to leave')?.dateline).toBe('LONDON, March 3 (Reuters)');
  });

  it('takes an Arabic dateline with its place', () => {
    expect(splitDateline('بيروت، لبنان (CNN) -- أعلنت الحكومة اللبنانية اليوم عن خطة جديدة')).toEqual({
      dateline: 'بيروت، لبنان (CNN)',
      rest: 'أعلنت الحكومة اللبنانية اليوم عن خطة جديدة',
    });
  });

  it('takes a capitalised place followed by a dash', () => {
    expect(splitDateline('WASHINGTON — The Senate passed the bill on Monday night.')?.rest).toBe('The Senate passed the bill on Monday night.');
  });

  it('leaves text alone that only contains parentheses or a colon', () => {
    expect(splitDateline('Apple (AAPL) shares rose 3% on Monday after the launch.')).toBeUndefined();
    expect(splitDateline('The minister (AP) said the talks would go on.')).toBeUndefined();
    expect(splitDateline('NASA: the probe has landed on the moon today.')).toBeUndefined();
  });
});
