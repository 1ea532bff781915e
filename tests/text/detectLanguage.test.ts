import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/detectLanguage.js';
import { detectDirection, directionOfLanguage } from '../../src/text/direction.js';

const arabic = 'أعلنت وزارة الخارجية الروسية اليوم أن الوزير سيرغي لافروف سيزور القاهرة الأسبوع المقبل لبحث الأوضاع في المنطقة مع نظيره المصري.';
const persian = 'وزیر امور خارجه ایران امروز در نشست خبری گفت که مذاکرات هسته‌ای با کشورهای اروپایی هفته آینده در ژنو از سر گرفته خواهد شد.';
const urdu = 'پاکستان کے وزیر خارجہ نے آج ایک پریس کانفرنس میں کہا کہ ہمسایہ ممالک کے ساتھ تجارت بڑھانے کے لیے نئے معاہدے کیے جائیں گے۔';
const english = 'The finance ministers of the seven largest economies met on Tuesday to discuss new sanctions and the outlook for global growth.';
const french = 'Les ministres des finances se sont réunis mardi à Paris pour discuter des nouvelles sanctions et des perspectives de croissance mondiale.';

describe('detectLanguage', () => {
  it('tells Arabic as ar', () => {
    expect(detectLanguage(arabic)).toBe('ar');
  });

  it('tells Persian as fa, not Arabic', () => {
    expect(detectLanguage(persian)).toBe('fa');
  });

  it('tells Urdu as ur, and Arabic that quotes a Persian name by its letters', () => {
    expect(detectLanguage(urdu)).toBe('ur');
    // One گ is enough to leave the decision to the model, which still reads the text as Arabic.
    expect(detectLanguage(`${arabic} وقال مسؤول في وزارة الخارجية إن الوزير سيلتقي بالسفير گودرزي.`)).toBe('ar');
  });

  it('tells Arabic with a few English words as ar, and English quoting Arabic as en', () => {
    expect(detectLanguage(`${arabic} (Reuters)`)).toBe('ar');
    expect(detectLanguage(`${english} The crowd chanted سلام عليكم and الشعب يريد.`)).toBe('en');
  });

  it('tells English as en and French as fr', () => {
    expect(detectLanguage(english)).toBe('en');
    expect(detectLanguage(french)).toBe('fr');
  });

  it('answers und for a string too short to tell', () => {
    expect(detectLanguage('Hello')).toBe('und');
    expect(detectLanguage('مرحبا')).toBe('und');
  });
});

describe('detectDirection', () => {
  it('reads Arabic and Persian text as right to left', () => {
    expect(detectDirection(arabic)).toBe('rtl');
    expect(detectDirection(persian)).toBe('rtl');
  });

  it('reads English text, and text without letters, as left to right', () => {
    expect(detectDirection(english)).toBe('ltr');
    expect(detectDirection('2026-03-03')).toBe('ltr');
  });

  it('follows the script of most letters in a mixed text', () => {
    expect(detectDirection('قال رئيس الوزراء في مؤتمر صحفي إن NATO ستجتمع')).toBe('rtl');
    expect(detectDirection('The Arabic word for peace is سلام')).toBe('ltr');
  });
});

describe('directionOfLanguage', () => {
  it('gives ar, fa and ur right to left, with or without a region', () => {
    expect(directionOfLanguage('ar')).toBe('rtl');
    expect(directionOfLanguage('fa-IR')).toBe('rtl');
    expect(directionOfLanguage('ur')).toBe('rtl');
  });

  it('gives en, fr and und left to right', () => {
    expect(directionOfLanguage('en')).toBe('ltr');
    expect(directionOfLanguage('fr')).toBe('ltr');
    expect(directionOfLanguage('und')).toBe('ltr');
  });

  it('agrees with the direction of the language it detects', () => {
    expect(directionOfLanguage(detectLanguage(arabic))).toBe('rtl');
    expect(directionOfLanguage(detectLanguage(english))).toBe('ltr');
  });
});
