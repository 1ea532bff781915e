import type { AddressInfo, Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { closeServer } from './closeServer.js';

export interface ReceivedMail {
  envelopeTo: string[];
  mail: ParsedMail;
}

/** How the server misbehaves, for fault tests. Each may be changed between runs. */
export interface SmtpFaults {
  /** Recipients refused with 550 (permanent). */
  reject?: Set<string>;
  /** Recipients whose message makes the server drop the connection at DATA, before reading the message. */
  dropDuringData?: Set<string>;
  /** Recipients whose message the server keeps, then drops the connection before its "250" (issue 26). */
  keepThenDrop?: Set<string>;
  /** Recipients whose message the server keeps and never answers: the "250" never comes. */
  keepWithoutReply?: Set<string>;
  /** Answers the greeting this late. */
  greetingDelayMs?: number;
}

export interface SmtpServerOptions {
  /** Offer STARTTLS with this key and certificate; without it the server has no STARTTLS. */
  tls?: { key: Buffer; cert: Buffer };
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:port, for SMTP_URL. */
  url: string;
  port: number;
  received: ReceivedMail[];
  faults: SmtpFaults;
  /** Connections that reached DATA and were dropped, by recipient. */
  dropped: string[];
  /** Users that logged in. Logins are accepted, over TLS or not, so a client that sends one in clear text is seen. */
  logins: string[];
  /** Every byte the clients sent before any TLS, as text: what an eavesdropper reads. */
  cleartext: () => string;
  /** Connections opened. */
  connections: () => number;
  close(): Promise<void>;
}

/** A real SMTP server (smtp-server) on 127.0.0.1 that parses every message it accepts with mailparser. */
export async function startSmtpServer(faults: SmtpFaults = {}, options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const dropped: string[] = [];
  const logins: string[] = [];
  const cleartext: Buffer[] = [];
  let connections = 0;
  const sockets = new Set<Socket>();
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : { disabledCommands: ['STARTTLS'] }),
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? '');
      callback(null, { user: auth.username });
    },
    onConnect(_session, callback) {
      setTimeout(callback, faults.greetingDelayMs ?? 0);
    },
    onRcptTo(address, _session, callback) {
      if (faults.reject?.has(address.address)) {
        callback(Object.assign(new Error('5.1.1 No such mailbox here'), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
      if (recipients.some((recipient) => faults.dropDuringData?.has(recipient))) {
        dropped.push(...recipients);
        stream.resume();
        for (const socket of sockets) socket.destroy();
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push({ envelopeTo: recipients, mail });
          if (recipients.some((recipient) => faults.keepWithoutReply?.has(recipient))) return;
          if (recipients.some((recipient) => faults.keepThenDrop?.has(recipient))) {
            for (const socket of sockets) socket.destroy();
            return;
          }
          callback();
        })
        .catch((error: unknown) => {
          callback(error as Error);
        });
    },
  });
  server.server.on('connection', (socket: Socket) => {
    connections++;
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => cleartext.push(chunk));
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    faults,
    dropped,
    logins,
    cleartext: () => Buffer.concat(cleartext).toString('latin1'),
    connections: () => connections,
    close: () => closeServer(server, sockets),
  };
}
