/**
 * How big a heavy briefing is once it is an email, and how long it takes to render.
 *
 *   npx tsx scripts/measureEmail.ts
 *
 * Gmail clips a message whose HTML is over about 102 KB as received, i.e. after transfer encoding.
 * nodemailer picks the encoding per part: quoted-printable for mostly-ASCII HTML, base64 (+33 %,
 * RFC 2045 §6.8) when too much of it is not ASCII, as with Arabic. So the message is built with
 * nodemailer's own MailComposer and the HTML part is measured as it would go over the wire.
 */
import { performance } from 'node:perf_hooks';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { renderBriefing } from '../src/render/renderBriefing.js';
import type { Briefing } from '../src/types.js';
import { sampleBriefing } from '../tests/render/samples/sampleBriefing.js';

const GMAIL_CLIP = 102 * 1024;
const RUNS = 7;

interface Measure {
  name: string;
  htmlBytes: number;
  encoding: string;
  sentBytes: number;
  messageBytes: number;
  renderMs: number;
  warnings: string[];
}

async function measure(name: string, briefing: Briefing): Promise<Measure> {
  const times: number[] = [];
  let rendered = await renderBriefing(briefing, { unsubscribe: 'https://briefing.example/unsubscribe?u=3f9a2c71' });
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    rendered = await renderBriefing(briefing, { unsubscribe: 'https://briefing.example/unsubscribe?u=3f9a2c71' });
    times.push(performance.now() - start);
  }
  const message = await buildMessage(rendered.html, rendered.text, briefing.title);
  const part = htmlPart(message);
  return {
    name,
    htmlBytes: Buffer.byteLength(rendered.html, 'utf8'),
    encoding: part.encoding,
    sentBytes: part.bytes,
    messageBytes: message.length,
    renderMs: median(times),
    warnings: rendered.warnings,
  };
}

function buildMessage(html: string, text: string, subject: string): Promise<Buffer> {
  const composer = new MailComposer({ from: 'briefing@example.com', to: 'reader@example.com', subject, text, html });
  return new Promise((resolve, reject) => {
    composer.compile().build((error, message) => {
      if (error) reject(error);
      else resolve(message);
    });
  });
}

/** The HTML part of a multipart/alternative message: its transfer encoding and encoded body size. */
function htmlPart(message: Buffer): { encoding: string; bytes: number } {
  const raw = message.toString('latin1');
  const boundary = /boundary="([^"]+)"/.exec(raw)?.[1];
  if (boundary === undefined) throw new Error('measureEmail: the message has no multipart boundary');
  for (const part of raw.split(`--${boundary}`)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.slice(0, headerEnd);
    if (!/^Content-Type: text\/html/im.test(headers)) continue;
    const encoding = /^Content-Transfer-Encoding: (\S+)/im.exec(headers)?.[1] ?? '7bit';
    return { encoding, bytes: Buffer.byteLength(part.slice(headerEnd + 4).replace(/\r\n$/, ''), 'latin1') };
  }
  throw new Error('measureEmail: the message has no text/html part');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const results = [
  await measure('Arabic, 40 stories', sampleBriefing('ar')),
  await measure('English, 40 stories', sampleBriefing('en')),
];
for (const result of results) {
  const verdict = result.sentBytes < GMAIL_CLIP ? `${kb(GMAIL_CLIP - result.sentBytes)} under Gmail's clip` : 'CLIPPED by Gmail';
  console.log(`${result.name}
  HTML raw:        ${kb(result.htmlBytes)} (${result.htmlBytes} bytes)
  HTML as sent:    ${kb(result.sentBytes)} (${result.sentBytes} bytes, ${result.encoding}): ${verdict}
  whole message:   ${kb(result.messageBytes)}
  render (median of ${RUNS}): ${result.renderMs.toFixed(0)} ms
  warnings:        ${result.warnings.length === 0 ? 'none' : result.warnings.join('; ')}`);
}
