import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/splitSentences.js';

describe('splitSentences', () => {
  it('keeps an Arabic initialism written with stops whole, and ends a sentence glued to the next after a vowel mark', () => {
    expect(splitSentences('قال إن مدير "سي.آي.إيه" سيصبح وزيرا للخارجية. وأضاف أن القرار نهائي.')).toEqual(['قال إن مدير "سي.آي.إيه" سيصبح وزيرا للخارجية.', 'وأضاف أن القرار نهائي.']);
    expect(splitSentences('فتح الـ"إف.بي.آي" تحقيقا')).toHaveLength(1);
    expect(splitSentences('ولد في القرية قبل 26 عاماً.ولا يزال يزورها')).toEqual(['ولد في القرية قبل 26 عاماً.', 'ولا يزال يزورها']);
  });

  it('ends a sentence at the Arabic question mark and semicolon', () => {
    expect(splitSentences('هل ستنجح المفاوضات؟ يقول المسؤولون إنها مستمرة.')).toEqual(['هل ستنجح المفاوضات؟', 'يقول المسؤولون إنها مستمرة.']);
    expect(splitSentences('ارتفعت الأسعار؛ وتراجعت الصادرات.')).toEqual(['ارتفعت الأسعار؛', 'وتراجعت الصادرات.']);
  });

  it('ends a sentence at the Urdu full stop', () => {
    expect(splitSentences('وزیر اعظم آج لاہور پہنچے۔ انہوں نے خطاب کیا۔')).toEqual(['وزیر اعظم آج لاہور پہنچے۔', 'انہوں نے خطاب کیا۔']);
  });

  it('does not end a sentence after a title or an abbreviated country', () => {
    expect(splitSentences('Mr. Smith met the U.S. ambassador on Monday. They spoke for an hour.')).toEqual([
      'Mr. Smith met the U.S. ambassador on Monday.',
      'They spoke for an hour.',
    ]);
  });

  it('does not end a sentence after a dotted initialism such as L.A. or D.C.', () => {
    expect(splitSentences("L.A. County attorneys have asked for an evaluation. A judge may rule.")).toEqual(['L.A. County attorneys have asked for an evaluation.', 'A judge may rule.']);
    expect(splitSentences('Police in D.C. said nothing. Nobody was hurt.')).toHaveLength(2);
  });

  it('does not end a sentence at a decimal point', () => {
    expect(splitSentences('Growth was 3.5 percent last year. It slowed.')).toEqual(['Growth was 3.5 percent last year.', 'It slowed.']);
  });

  it('keeps the closing quote after a full stop with its sentence', () => {
    expect(splitSentences('He said: "We will win." Then he left.')).toEqual(['He said: "We will win."', 'Then he left.']);
    expect(splitSentences('«C’est fini.» La foule a applaudi.')).toEqual(['«C’est fini.»', 'La foule a applaudi.']);
  });

  it('does not end a sentence where the next word starts in lower case, as after a quoted exclamation', () => {
    expect(splitSentences("'Nazis, no thank you' and 'AfD ban now!' reads some of the banners. Police counted 100,000.")).toEqual([
      "'Nazis, no thank you' and 'AfD ban now!' reads some of the banners.",
      'Police counted 100,000.',
    ]);
  });

  it('does not end a sentence at a stop inside a quotation that closes further on', () => {
    expect(splitSentences('وكان السفير قد قال "ندين ما حدث. سيكون هناك رد فعل من قبلنا". وغادر القاعة.')).toEqual(['وكان السفير قد قال "ندين ما حدث. سيكون هناك رد فعل من قبلنا".', 'وغادر القاعة.']);
    expect(splitSentences('He said: “We condemn it. There will be a response.” Then he left.')).toEqual(['He said: “We condemn it. There will be a response.”', 'Then he left.']);
    // A mark that never closes leaves the sentences as they are.
    expect(splitSentences('He said "we condemn it. Then he left.')).toEqual(['He said "we condemn it.', 'Then he left.']);
  });

  it('keeps the text after the last mark as a sentence', () => {
    expect(splitSentences('First sentence. And a fragment without a stop')).toEqual(['First sentence.', 'And a fragment without a stop']);
  });
});
