import { describe, expect, it } from 'vitest';
import { foldsUnitByUnit, minHashOf } from '../../src/text/minHash.js';

// Every unit of the blocks that fold one unit at a time: Latin with its combining accents, Arabic,
// general punctuation.
const BLOCK_UNITS = [
  ...Array.from({ length: 0x370 }, (_, index) => index),
  ...Array.from({ length: 0x100 }, (_, index) => 0x600 + index),
  ...Array.from({ length: 0x70 }, (_, index) => 0x2000 + index),
];

// A fixed pseudo-random sequence, so that a failure can be replayed.
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

const ENGLISH = 'The Harbour Authority in Velmor approved a £120m plan on Monday… “residents” waited — naïve café owners said it was déjà vu.';
const ARABIC = 'أعلنت وزارةُ النقل في دارنور يومَ الاثنين عن خطة لتوسيع الميناء التجاري، بقيمة ١٢٠ مليون دولار. وقال سكانٌ إن المشروعَ تأخّر كثيراً…';

// U+3000, a space outside those blocks, sends a text through the whole normalisation without
// adding a word: its signature must be the one made while folding unit by unit.
const wholly = (text: string) => minHashOf(`${text}\u3000`);

describe('minHashOf', () => {
  it('signs a text folded unit by unit as it signs it normalised whole', () => {
    for (const text of [ENGLISH, ARABIC, `${ARABIC}\n${ENGLISH}`, `${ENGLISH} ${ENGLISH.toUpperCase()}`, 'ـالـمـيـنـاء التجاري الجديد في المدينة الساحلية الكبيرة يفتح أبوابه اليوم رسميا']) {
      expect(foldsUnitByUnit(text)).toBe(true);
      expect(foldsUnitByUnit(`${text}\u3000`)).toBe(false);
      expect(minHashOf(text)).not.toBeNull();
      expect(minHashOf(text)).toEqual(wholly(text));
    }
  });

  it('agrees with the whole normalisation on texts of any units of those blocks', () => {
    const random = generator(7);
    const unit = () => BLOCK_UNITS[Math.floor(random() * BLOCK_UNITS.length)]!;
    let checked = 0;
    for (let sample = 0; sample < 1_000; sample++) {
      const words = Array.from({ length: 8 + Math.floor(random() * 10) }, () => String.fromCharCode(...Array.from({ length: 1 + Math.floor(random() * 4) }, unit)));
      const text = words.join(' ');
      if (!foldsUnitByUnit(text)) continue;
      checked++;
      expect(minHashOf(text), JSON.stringify(text)).toEqual(wholly(text));
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('normalises whole a text with units that fold into letters of their own or belong to other scripts', () => {
    expect(foldsUnitByUnit('the ǆungla report says ½ of it')).toBe(false);
    const greek = 'ΟΔΥΣΣΕΥΣ ταξίδεψε στην Ιθάκη με το πλοίο του και οι σύντροφοί του τον περίμεναν στο λιμάνι.';
    expect(foldsUnitByUnit(greek)).toBe(false);
    expect(minHashOf(greek)).not.toBeNull();
    expect(minHashOf(greek.toLowerCase())).toEqual(minHashOf(greek));
  });
});
