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
  /** Drop the connection instead of answering, as a crashing server or a reset does. @default false */
  hangUp?: boolean;
}

/** One request as a per-request route sees it. */
export interface RouteHit {
  path: string;
  headers: IncomingHttpHeaders;
  /** 1 for the first request to this path, 2 for the second, … */
  count: number;
}

/** A route that answers each request differently ("429 the first time, then 200"; 304 on If-None-Match). */
export type RouteHandler = (hit: RouteHit) => Route;

export interface FeedServer {
  /** Absolute http://127.0.0.1:port address of a path on this server. */
  url(path: string): string;
  /** Every request received, in order, with its arrival time (epoch ms). */
  requests: { path: string; headers: IncomingHttpHeaders; at: number }[];
  /** Requests received on one path so far. */
  count(path: string): number;
  /** The most requests this server has had open at the same time (arrival to response closed). */
  readonly maxConcurrent: number;
  /** Resolves when a streamed body stopped because the client went away. */
  streamAborted: Promise<void>;
  close(): Promise<void>;
}

/** Starts a real HTTP server on 127.0.0.1 on a free port; unknown paths answer 404. */
export async function startFeedServer(routes: Record<string, Route | RouteHandler>): Promise<FeedServer> {
  const requests: FeedServer['requests'] = [];
  const counts = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  let open = 0;
  let maxConcurrent = 0;
  let markAborted = (): void => undefined;
  const streamAborted = new Promise<void>((resolve) => {
    markAborted = resolve;
  });

  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const count = (counts.get(path) ?? 0) + 1;
    counts.set(path, count);
    requests.push({ path, headers: request.headers, at: Date.now() });
    maxConcurrent = Math.max(maxConcurrent, ++open);
    response.once('close', () => open--);
    const given = routes[path] ?? { status: 404, body: 'not found' };
    const route = typeof given === 'function' ? given({ path, headers: request.headers, count }) : given;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (response.destroyed) return;
      if (route.hangUp) {
        request.socket.destroy();
        return;
      }
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
    timers.add(timer);
  });

  // Server and client share one event loop here. A test that keeps it busy for seconds (parsing
  // 100,000 items) let Node's 5 s keep-alive timer fire before undici's, which closes its idle
  // socket a second earlier; the next request then went out on a closed socket and failed with
  // "connection reset". Idle sockets are kept longer than any test takes.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    count: (path) => counts.get(path) ?? 0,
    get maxConcurrent() {
      return maxConcurrent;
    },
    streamAborted,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
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
