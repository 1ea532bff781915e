import { createHash } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import type { EmailConfig } from '../config/schema.js';
import type { Briefing } from '../types.js';
import { htmlTransferEncoding } from './htmlTransferEncoding.js';
import { showHeadline } from '../render/showHeadline.js';

/**
 * The message for one recipient: multipart/alternative (HTML and text), a subject with the date and
 * the lead story, a Message-ID that is the same for the same briefing and recipient (so a resend is
 * recognisable), List-ID, and List-Unsubscribe with one-click unsubscribe (RFC 8058) for https.
 */
export function composeMessage(briefing: Briefing, rendered: { html: string; text: string }, email: EmailConfig, recipient: string): SendMailOptions {
  const links = email.unsubscribe === undefined ? [] : Array.isArray(email.unsubscribe) ? email.unsubscribe : [email.unsubscribe];
  const domain = email.from.split('@')[1] ?? 'localhost';
  return {
    from: email.from,
    to: recipient,
    subject: subjectOf(briefing),
    messageId: messageIdOf(briefing, recipient, domain),
    text: rendered.text,
    // The smaller transfer encoding: Arabic HTML as base64 stays under Gmail's clip, where
    // nodemailer's own choice (quoted-printable) would not.
    html: { content: rendered.html, contentTransferEncoding: htmlTransferEncoding(rendered.html).encoding },
    // List-ID (RFC 2919): a stable identifier clients use to filter the briefing.
    list: { id: { url: `${slug(briefing.title)}.${domain}`, comment: oneLine(briefing.title) } },
    headers: {
      // One List-Unsubscribe field listing every way out (RFC 2369), and the one-click POST of
      // RFC 8058 when one of them is https, which Gmail and Yahoo ask of bulk senders.
      ...(links.length > 0 ? { 'List-Unsubscribe': links.map((link) => `<${link}>`).join(', ') } : {}),
      ...(links.some((link) => link.startsWith('https://')) ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
    },
  };
}

/** "Morning Briefing, 2026-11-23: <lead story>", on one line whatever the titles contain. */
export function subjectOf(briefing: Briefing): string {
  const lead = briefing.topics.flatMap((topic) => topic.stories).find((story) => story.shown);
  const subject = lead ? `${briefing.title}, ${briefing.date}: ${showHeadline(lead.title)}` : `${briefing.title}, ${briefing.date}`;
  return oneLine(subject).slice(0, 200);
}

export function messageIdOf(briefing: Briefing, recipient: string, domain: string): string {
  const hash = createHash('sha256').update(`${briefing.date}\n${briefing.title}\n${recipient.toLowerCase()}`).digest('hex').slice(0, 16);
  return `<briefing-${briefing.date}-${hash}@${domain}>`;
}

// CR/LF (and the Unicode line separators) in a title must never reach a header raw: header injection.
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').trim();
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'briefing'
  );
}
