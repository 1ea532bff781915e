import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/collect/decodeBytes.js';

const ARABIC = 'أخبار “اليوم”: عمّان';
const xmlIn = (declared: string | undefined, body = ARABIC) =>
  `${declared === undefined ? '' : `<?xml version="1.0" encoding="${declared}"?>`}<title>${body}</title>`;

describe('decodeBytes', () => {
  it('reads UTF-8 when nothing says otherwise', () => {
    expect(decodeBytes(Buffer.from(xmlIn(undefined)), null)).toEqual({ text: xmlIn(undefined), encoding: 'utf-8' });
  });

  it('follows the encoding of the XML declaration and removes it from the text', () => {
    const { text, encoding } = decodeBytes(iconv.encode(xmlIn('windows-1256'), 'windows-1256'), 'application/xml');
    expect(encoding).toBe('windows-1256');
    expect(text).toBe(`<?xml version="1.0"?><title>${ARABIC}</title>`);
  });

  it('follows the Content-Type charset, quoted or not, in any case', () => {
    const bytes = iconv.encode(xmlIn(undefined), 'windows-1256');
    expect(decodeBytes(bytes, 'text/xml; charset=Windows-1256').text).toBe(xmlIn(undefined));
    expect(decodeBytes(bytes, 'text/xml;charset="windows-1256"').text).toBe(xmlIn(undefined));
  });

  it('lets the Content-Type charset win over the XML declaration (RFC 7303)', () => {
    const bytes = iconv.encode(xmlIn('iso-8859-6', 'عمان'), 'windows-1256');
    expect(decodeBytes(bytes, 'text/xml; charset=windows-1256')).toMatchObject({ encoding: 'windows-1256', text: expect.stringContaining('عمان') as unknown });
  });

  it('lets a byte order mark win over both header and declaration', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xmlIn('windows-1256'))]);
    expect(decodeBytes(utf8, 'text/xml; charset=iso-8859-6')).toEqual({ text: `<?xml version="1.0"?><title>${ARABIC}</title>`, encoding: 'utf-8' });
    const utf16 = iconv.encode(xmlIn(undefined), 'utf-16le', { addBOM: true });
    expect(decodeBytes(utf16, 'text/xml; charset=utf-8')).toEqual({ text: xmlIn(undefined), encoding: 'utf-16le' });
  });

  it.each(['utf-16be', 'utf-32le', 'utf-32be'])('reads %s marked by its byte order mark', (encoding) => {
    const bytes = iconv.encode(xmlIn(undefined), encoding, { addBOM: true });
    expect(decodeBytes(bytes, null)).toEqual({ text: xmlIn(undefined), encoding });
  });

  it('reads ISO-8859-6 Arabic', () => {
    const bytes = iconv.encode(xmlIn('ISO-8859-6', 'عمّان، الأردن'), 'iso-8859-6');
    expect(decodeBytes(bytes, null)).toEqual({ text: '<?xml version="1.0"?><title>عمّان، الأردن</title>', encoding: 'iso-8859-6' });
  });

  it('reads a Latin-1 label as windows-1252, keeping curly quotes out of the C1 controls', () => {
    const bytes = iconv.encode('<p>“quoted” – fine</p>', 'windows-1252');
    expect(decodeBytes(bytes, 'text/html; charset=ISO-8859-1')).toEqual({ text: '<p>“quoted” – fine</p>', encoding: 'windows-1252' });
  });

  it('skips an unknown charset in the header and uses the declaration instead', () => {
    const bytes = iconv.encode(xmlIn('windows-1256'), 'windows-1256');
    expect(decodeBytes(bytes, 'text/xml; charset=x-made-up').encoding).toBe('windows-1256');
  });

  it('falls back to UTF-8 when every clue names an unknown encoding', () => {
    expect(decodeBytes(Buffer.from(xmlIn('klingon-8')), 'text/xml; charset=nonsense')).toEqual({
      text: `<?xml version="1.0"?><title>${ARABIC}</title>`,
      encoding: 'utf-8',
    });
  });

  it('uses the declaration when a header claims UTF-8 for bytes that are not UTF-8', () => {
    const bytes = iconv.encode(xmlIn('windows-1256'), 'windows-1256');
    expect(decodeBytes(bytes, 'application/rss+xml; charset=UTF-8').encoding).toBe('windows-1256');
  });

  it('recognises UTF-16 without a byte order mark from how the declaration starts', () => {
    const bytes = iconv.encode(xmlIn('UTF-16'), 'utf-16le');
    expect(decodeBytes(bytes, null)).toEqual({ text: `<?xml version="1.0"?><title>${ARABIC}</title>`, encoding: 'utf-16le' });
  });

  it('never throws, even on empty input', () => {
    expect(decodeBytes(new Uint8Array(0), 'text/xml; charset=')).toEqual({ text: '', encoding: 'utf-8' });
  });
});
