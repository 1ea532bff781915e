import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, it } from 'vitest';
import { composeMessage } from '../../src/deliver/composeMessage.js';
import { renderBriefing } from '../../src/render/renderBriefing.js';
import { sampleBriefing } from '../render/samples/sampleBriefing.js';

async function rawMessage(language: 'ar' | 'en'): Promise<string> {
  const briefing = sampleBriefing(language, { shown: 40 });
  const rendered = await renderBriefing(briefing);
  const message = composeMessage(briefing, rendered, { from: 'briefing@example.org', to: ['reader@example.org'], deadlineSeconds: 300 }, 'reader@example.org');
  const built = await new MailComposer(message).compile().build();
  return built.toString();
}

describe('composeMessage', () => {
  it('sends the HTML of a 40-story Arabic briefing as base64, under Gmail’s ~102 KB clip', async () => {
    const raw = await rawMessage('ar');
    const html = raw.split(/\r\nContent-Type: text\/html[^\r]*\r\n/)[1] ?? '';
    expect(html).toMatch(/^Content-Transfer-Encoding: base64/);
    const body = html.split('\r\n\r\n')[1]?.split('\r\n--')[0] ?? '';
    expect(body.length).toBeGreaterThan(10_000);
    expect(body.length).toBeLessThan(102_000);
  });

  it('keeps quoted-printable for English HTML, where it is the smaller one', async () => {
    const raw = await rawMessage('en');
    const html = raw.split(/\r\nContent-Type: text\/html[^\r]*\r\n/)[1] ?? '';
    expect(html).toMatch(/^Content-Transfer-Encoding: quoted-printable/);
  });
});
