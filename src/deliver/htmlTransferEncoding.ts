/**
 * The Content-Transfer-Encoding that sends `html` in fewer bytes, with that size.
 *
 * Why not leave it to nodemailer: it picks quoted-printable whenever Latin letters outnumber
 * non-ASCII characters, and email HTML is mostly Latin-letter markup even when the text is all
 * Arabic. Quoted-printable writes each byte of an Arabic letter as `=D8` (three bytes for one,
 * RFC 2045 §6.7), so a 70 KB Arabic briefing goes out at about 125 KB and Gmail clips it at
 * about 102 KB; as base64 (four bytes for three, §6.8) it is about 95 KB. English HTML is the
 * other way round. A sender passes the choice on as the part's `contentTransferEncoding`.
 */
export function htmlTransferEncoding(html: string): { encoding: 'base64' | 'quoted-printable'; bytes: number } {
  const bytes = Buffer.from(html, 'utf8');
  const base64 = Math.ceil(bytes.length / 3) * 4;
  const sizes = {
    base64: base64 + Math.max(0, Math.ceil(base64 / 76) - 1) * 2,
    'quoted-printable': quotedPrintableSize(bytes),
  } as const;
  return sizes.base64 < sizes['quoted-printable']
    ? { encoding: 'base64', bytes: sizes.base64 }
    : { encoding: 'quoted-printable', bytes: sizes['quoted-printable'] };
}

/** Encoded size: printable ASCII as is, other bytes as `=XX`, a soft break (`=` CRLF) every 76 characters. */
function quotedPrintableSize(bytes: Buffer): number {
  let size = 0;
  let line = 0;
  for (const byte of bytes) {
    if (byte === 0x0a) {
      size += 2; // CRLF
      line = 0;
      continue;
    }
    const width = byte === 0x0d ? 0 : (byte >= 0x20 && byte < 0x7f && byte !== 0x3d) || byte === 0x09 ? 1 : 3;
    if (line + width > 75) {
      size += 3;
      line = 0;
    }
    size += width;
    line += width;
  }
  return size;
}
