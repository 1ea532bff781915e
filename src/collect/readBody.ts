import type { IncomingHttpHeaders } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchFailure } from './describeFetchError.js';

/**
 * Reads a response body into one buffer, decompressing it as its Content-Encoding says (gzip,
 * deflate, br, in the order applied), and stops as soon as the decompressed bytes grow past
 * `maxBytes`: an endless or huge response, or a small gzip bomb, costs at most `maxBytes` of
 * memory, not the whole download.
 */
export function readBody(body: Readable, headers: IncomingHttpHeaders, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = `larger than ${formatSize(maxBytes)}`;
  const declared = Number(headers['content-length'] ?? Number.NaN);
  // Content-Length counts compressed bytes, so it can only prove a body too large, never small enough.
  if (declared > maxBytes && headers['content-encoding'] === undefined) {
    body.destroy();
    return Promise.reject(new FetchFailure(`${tooLarge} (the server announced ${formatSize(declared)})`));
  }
  const stages: Readable[] = [body, ...decoders(headers['content-encoding'])];
  // Plain stream events rather than stream.pipeline: pipeline's clean-up aborts an
  // AbortController per call, and the DOMException that makes was 27 ms of a 300-feed run.
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    // Every stage goes as soon as one fails or the cap is passed: nothing is downloaded or
    // decompressed past it.
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      for (const stage of stages) stage.destroy();
      reject(error);
    };
    for (let index = 1; index < stages.length; index++) stages[index - 1]!.pipe(stages[index] as Transform);
    for (const stage of stages) stage.on('error', fail);
    const last = stages.at(-1)!;
    last.on('data', (chunk: Uint8Array) => {
      total += chunk.byteLength;
      if (total > maxBytes) fail(new FetchFailure(tooLarge));
      else chunks.push(chunk);
    });
    last.on('end', () => {
      settled = true;
      resolve(concat(chunks, total));
    });
    // A stage that closes before the end without an error of its own (a connection dropped mid-body).
    for (const stage of stages) stage.on('close', () => {
      if (!stage.readableEnded) fail(Object.assign(new Error('the body ended early'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
    });
  });
}

/**
 * The streams that undo a Content-Encoding list, last coding first (RFC 9110 §8.4). A coding we do
 * not know leaves the body as it came, as fetch does; the parser then says what it found.
 */
function decoders(contentEncoding: string | undefined): Transform[] {
  const codings = (contentEncoding ?? '').toLowerCase().split(',').map((coding) => coding.trim()).filter(Boolean).reverse();
  const known = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress } as const;
  if (!codings.every((coding): coding is keyof typeof known => Object.hasOwn(known, coding))) return [];
  return codings.map((coding) => known[coding]());
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** "10 MB", "512 KB", "900 bytes": sizes as a reader of the briefing would write them. */
export function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** "20 s", "0.2 s": durations in seconds, the unit the config speaks. */
export function formatDuration(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
