import type { Socket } from 'node:net';

/** Closes a test server at once: its open connections are dropped rather than waited for. */
export function closeServer(server: { close(callback: () => void): unknown }, sockets: Iterable<Socket>): Promise<void> {
  return new Promise<void>((resolve) => {
    for (const socket of sockets) socket.destroy();
    server.close(() => {
      resolve();
    });
  });
}
