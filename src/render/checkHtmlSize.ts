/**
 * Gmail clips a message whose HTML is over about 102 KB *after* transfer encoding and hides the
 * rest behind "[Message clipped]". Mostly-ASCII HTML goes as quoted-printable (about the same
 * size), Arabic HTML as base64 (+33 %, plus a line break every 76 characters: RFC 2045 §6.8), so
 * Arabic gets a budget of 75 KB and the rest 100 KB. That holds when the sender takes the encoding
 * from htmlTransferEncoding(): left to itself, nodemailer sends Arabic email HTML as
 * quoted-printable, which triples the Arabic bytes, and no budget here would be small enough.
 */
const ARABIC_BUDGET = 75 * 1024;
const DEFAULT_BUDGET = 100 * 1024;
const ARABIC = /\p{Script=Arabic}/u;

/** A warning when the HTML is likely to be clipped by Gmail, else null. */
export function checkHtmlSize(html: string): string | null {
  const bytes = Buffer.byteLength(html, 'utf8');
  const arabic = ARABIC.test(html);
  const budget = arabic ? ARABIC_BUDGET : DEFAULT_BUDGET;
  if (bytes <= budget) return null;
  const kb = (n: number): string => `${Math.round(n / 1024)} KB`;
  return `html: ${kb(bytes)} is over the ${kb(budget)} budget${arabic ? ' for Arabic (sent as base64)' : ''}; Gmail clips messages at about 102 KB: show fewer stories`;
}
