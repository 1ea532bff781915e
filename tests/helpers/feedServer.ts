import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server answers on one path. */
export interface Route {
  /** @default 200 */
  status?: number;
  headers?: Record<string, string>;
  /** A whole body, or chunks produced one by one (an endless generator makes an endless body). */
  body?: string | Buffer | (() => Iterable<string | Buffer> | AsyncIterable<string | Buffer>);
  /** Wait this long before answering, to test timeouts. @default 0 */
  delayMs?: number;
}

export interface FeedServer {
  /** Absolute http://127.0.0.1:port address of a path on this server. */
  url(path: string): string;
  /** Every request received, in order. */
  requests: { path: string; headers: IncomingHttpHeaders }[];
  /** Resolves when a streamed body stopped because the client went away. */
  streamAborted: Promise<void>;
  close(): Promise<void>;
}

/** Starts a real HTTP server on 127.0.0.1 on a free port; unknown paths answer 404. */
export async function startFeedServer(routes: Record<string, Route>): Promise<FeedServer> {
  const requests: FeedServer['requests'] = [];
  let markAborted = (): void => undefined;
  const streamAborted = new Promise<void>((resolve) => {
    markAborted = resolve;
  });

  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const route = routes[path] ?? { status: 404, body: 'not found' };
    setTimeout(() => {
      if (response.destroyed) return;
      response.writeHead(route.status ?? 200, route.headers);
      const body = route.body ?? '';
      if (typeof body !== 'function') {
        response.end(body);
        return;
      }
      void (async () => {
        for await (const chunk of body()) {
          if (response.destroyed) {
            markAborted();
            return;
          }
          // Wait for the socket to drain, so the client's pace (and its cancel) is what we see.
          if (!response.write(chunk)) await drainedOrClosed(response);
        }
        response.end();
      })();
    }, route.delayMs ?? 0);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    streamAborted,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off('drain', done).off('close', done);
      resolve();
    };
    response.on('drain', done).on('close', done);
  });
}
