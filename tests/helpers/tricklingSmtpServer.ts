import { createServer, type AddressInfo, type Socket } from 'node:net';
import { closeServer } from './closeServer.js';

export interface TricklingSmtpServer {
  /** smtp://127.0.0.1:port, for SMTP_URL. */
  url: string;
  /** Connections opened. */
  connections: () => number;
  close(): Promise<void>;
}

/**
 * A real TCP server on 127.0.0.1 that speaks just enough SMTP to get past the greeting and EHLO at
 * once, then sends every later reply one byte per `intervalMs`: never silent long enough for an
 * idle timeout, yet a message takes minutes (issue 26).
 */
export async function startTricklingSmtpServer(intervalMs = 1000): Promise<TricklingSmtpServer> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    const timers = new Set<NodeJS.Timeout>();
    socket.on('close', () => {
      sockets.delete(socket);
      for (const timer of timers) clearInterval(timer);
    });
    socket.on('error', () => undefined);
    const trickle = (reply: string) => {
      let sent = 0;
      const timer = setInterval(() => {
        if (sent >= reply.length || socket.destroyed) {
          clearInterval(timer);
          return;
        }
        socket.write(reply[sent++]!);
      }, intervalMs);
      timers.add(timer);
    };
    let buffered = '';
    let inData = false;
    socket.write('220 trickle.test ESMTP\r\n');
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('latin1');
      for (;;) {
        if (inData) {
          const end = buffered.indexOf('\r\n.\r\n');
          if (end < 0) return;
          buffered = buffered.slice(end + 5);
          inData = false;
          trickle('250 OK\r\n');
          continue;
        }
        const end = buffered.indexOf('\r\n');
        if (end < 0) return;
        const command = buffered.slice(0, end).toUpperCase();
        buffered = buffered.slice(end + 2);
        if (command.startsWith('EHLO') || command.startsWith('HELO')) socket.write('250 trickle.test\r\n');
        else if (command.startsWith('DATA')) {
          inData = true;
          trickle('354 go ahead\r\n');
        } else trickle('250 OK\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    connections: () => connections,
    close: () => closeServer(server, sockets),
  };
}

/** A port on 127.0.0.1 where nothing listens: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => {
    resolve();
  }));
  return port;
}
