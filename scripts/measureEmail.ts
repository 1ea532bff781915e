/**
 * How big a heavy briefing is once it is an email, and how long it takes to render.
 *
 *   npx tsx scripts/measureEmail.ts
 *
 * Gmail clips a message whose HTML is over about 102 KB as received, i.e. after transfer encoding.
 * The message is built with nodemailer's own MailComposer and its HTML part measured as it would
 * go over the wire: once with the encoding nodemailer picks by itself, once with the one
 * htmlTransferEncoding() picks (see there why they differ for Arabic).
 */
import { performance } from 'node:perf_hooks';
import MailComposer from 'nodemailer/lib/mail-composer';
import { htmlTransferEncoding } from '../src/deliver/htmlTransferEncoding.js';
import { renderBriefing } from '../src/render/renderBriefing.js';
import type { Briefing } from '../src/types.js';
import { sampleBriefing } from '../tests/render/samples/sampleBriefing.js';

const GMAIL_CLIP = 102 * 1024;
const RUNS = 7;
const UNSUBSCRIBE = 'https://briefing.example/unsubscribe?u=3f9a2c71';

interface Part {
  encoding: string;
  bytes: number;
}

async function measure(name: string, briefing: Briefing): Promise<void> {
  await renderBriefing(briefing, { unsubscribe: UNSUBSCRIBE }); // warm up: templates, MJML, ICU
  const times: number[] = [];
  let rendered = await renderBriefing(briefing, { unsubscribe: UNSUBSCRIBE });
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    rendered = await renderBriefing(briefing, { unsubscribe: UNSUBSCRIBE });
    times.push(performance.now() - start);
  }
  const { html, text } = rendered;
  const chosen = htmlTransferEncoding(html).encoding;
  const byDefault = htmlPart(await buildMessage({ html, text, subject: briefing.title }));
  const byChoice = htmlPart(await buildMessage({ html: { content: html, contentTransferEncoding: chosen }, text, subject: briefing.title }));
  const rows: [string, string][] = [
    ['HTML raw', kb(Buffer.byteLength(html, 'utf8'))],
    ["as sent, nodemailer's own pick", describe(byDefault)],
    ['as sent, htmlTransferEncoding()', describe(byChoice)],
    [`render time, median of ${RUNS}`, `${median(times).toFixed(0)} ms`],
    ['warnings', rendered.warnings.length === 0 ? 'none' : rendered.warnings.join('; ')],
  ];
  console.log([name, ...rows.map(([label, value]) => `  ${`${label}:`.padEnd(34)}${value}`)].join('\n'));
}

function buildMessage(content: Pick<MailComposer['mail'], 'html' | 'text' | 'subject'>): Promise<Buffer> {
  const composer = new MailComposer({ from: 'briefing@example.com', to: 'reader@example.com', ...content });
  return new Promise((resolve, reject) => {
    composer.compile().build((error, message) => {
      if (error) reject(error);
      else resolve(message);
    });
  });
}

/** The HTML part of a multipart/alternative message: its transfer encoding and encoded body size. */
function htmlPart(message: Buffer): Part {
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

function describe({ encoding, bytes }: Part): string {
  const verdict = bytes < GMAIL_CLIP ? `${kb(GMAIL_CLIP - bytes)} under Gmail's clip` : `CLIPPED: ${kb(bytes - GMAIL_CLIP)} over Gmail's clip`;
  return `${kb(bytes)} as ${encoding}, ${verdict}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB (${bytes} bytes)`;
}

await measure('Arabic briefing, 40 stories', sampleBriefing('ar'));
await measure('English briefing, 40 stories', sampleBriefing('en'));
