import type { AddressInfo, Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  mail: ParsedMail;
}

/** How the server misbehaves, for fault tests. Each may be changed between runs. */
export interface SmtpFaults {
  /** Recipients refused with 550 (permanent). */
  reject?: Set<string>;
  /** Recipients whose message makes the server drop the connection during DATA. */
  dropDuringData?: Set<string>;
  /** Answers the greeting this late. */
  greetingDelayMs?: number;
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:port, for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  faults: SmtpFaults;
  /** Connections that reached DATA and were dropped, by recipient. */
  dropped: string[];
  close(): Promise<void>;
}

/** A real SMTP server (smtp-server) on 127.0.0.1 that parses every message it accepts with mailparser. */
export async function startSmtpServer(faults: SmtpFaults = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const dropped: string[] = [];
  const sockets = new Set<Socket>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
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
          callback();
        })
        .catch((error: unknown) => {
          callback(error as Error);
        });
    },
  });
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    faults,
    dropped,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}
