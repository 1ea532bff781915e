import nodemailer, { type SendMailOptions } from 'nodemailer';

export interface EncodedMessage {
  /** The message as it goes over the wire after DATA (before dot-stuffing). */
  raw: Buffer;
  envelope: { from: string | false; to: string[] };
}

let encoder: ReturnType<typeof createEncoder> | undefined;

/**
 * Encodes a message as nodemailer's SMTP transport would (List-* headers, transfer encodings),
 * without sending it. transmitMessage sends the bytes itself because it has to know when the
 * whole message has gone out: a reply missing after that point is an unknown outcome, not a failure.
 */
export async function encodeMessage(message: SendMailOptions): Promise<EncodedMessage> {
  encoder ??= createEncoder();
  const info = await encoder.sendMail(message);
  if (!Buffer.isBuffer(info.message)) throw new TypeError('the stream transport was asked for a buffer');
  return { raw: info.message, envelope: info.envelope };
}

function createEncoder() {
  return nodemailer.createTransport({ streamTransport: true, buffer: true });
}
