import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/**
 * Sends one GET with Node's own HTTP client and resolves with the response as soon as its head
 * has arrived; the body is left unread in the stream. Redirects are not followed.
 *
 * Node's http module rather than fetch: fetch (undici, with its web streams and WebAssembly
 * parser) costs more CPU per request and memory per run. The default agents keep connections alive between feeds on one host
 * and let the process exit with idle ones open.
 */
export function sendRequest(url: string, headers: Readonly<Record<string, string>>, signal: AbortSignal): Promise<IncomingMessage> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, { headers, signal }, resolve);
    // Kept after the head arrives: a connection lost mid-body, or the timeout, also errors the
    // request; the response stream reports it to whoever reads the body.
    request.on('error', reject);
    request.end();
  });
}
