import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { htmlTransferEncoding } from '../../src/deliver/htmlTransferEncoding.js';
import { renderBriefing } from '../../src/render/renderBriefing.js';
import { sampleBriefing } from '../render/samples/sampleBriefing.js';

/** The encoded body of `html` as nodemailer writes it with `encoding`. */
async function encodedSize(html: string, encoding: string): Promise<number> {
  const composer = new MailComposer({ html: { content: html, contentTransferEncoding: encoding } });
  const message = await new Promise<Buffer>((resolve, reject) => {
    composer.compile().build((error, built) => {
      if (error) reject(error);
      else resolve(built);
    });
  });
  const raw = message.toString('latin1');
  return Buffer.byteLength(raw.slice(raw.indexOf('\r\n\r\n') + 4).replace(/\r\n$/, ''), 'latin1');
}

describe('htmlTransferEncoding', () => {
  it('picks base64 for an Arabic briefing, which nodemailer would send as quoted-printable', async () => {
    const { html } = await renderBriefing(sampleBriefing('ar', { shown: 10 }));
    const choice = htmlTransferEncoding(html);
    expect(choice.encoding).toBe('base64');
    expect(choice.bytes).toBe(await encodedSize(html, 'base64'));
    expect(await encodedSize(html, 'quoted-printable')).toBeGreaterThan(choice.bytes * 1.2);
  });

  it('picks quoted-printable for an English briefing and sizes it within 1 %', async () => {
    const { html } = await renderBriefing(sampleBriefing('en', { shown: 10 }));
    const choice = htmlTransferEncoding(html);
    expect(choice.encoding).toBe('quoted-printable');
    expect(Math.abs(choice.bytes - (await encodedSize(html, 'quoted-printable')))).toBeLessThan(choice.bytes / 100);
  });
});
