import type { IncomingHttpHeaders } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchFailure } from './describeFetchError.js';

/** Content codings undone at most: servers apply one; a stack of them is a trap, not a feed (issue 26). */
export const MAX_CODINGS = 3;

/**
 * Reads a response body into one buffer, decompressing it as its Content-Encoding says (gzip,
 * deflate, br, in the order applied). Every stage is held to `maxBytes`: the bytes as they come, each
 * layer of decompression and the result, so an endless or huge response, a small gzip bomb or a
 * layer that inflates to nothing costs at most `maxBytes` a stage. More than MAX_CODINGS codings are
 * refused unread. When `signal` aborts (the request's timeout), every stage is destroyed at once:
 * a body that has fully arrived is no longer tied to the connection the timeout closes.
 */
export function readBody(body: Readable, headers: IncomingHttpHeaders, maxBytes: number, signal?: AbortSignal): Promise<Uint8Array> {
  const tooLarge = `larger than ${formatSize(maxBytes)}`;
  const declared = Number(headers['content-length'] ?? Number.NaN);
  // The bytes as downloaded are held to the cap too, so a length over it is refused unread, compressed or not.
  if (declared > maxBytes) {
    body.destroy();
    return Promise.reject(new FetchFailure(`${tooLarge} (the server announced ${formatSize(declared)})`));
  }
  const codings = listCodings(headers['content-encoding']);
  if (codings.length > MAX_CODINGS) {
    body.destroy();
    const shown = codings.length > 3 ? `${codings.slice(0, 3).join(', ')}, …` : codings.join(', ');
    return Promise.reject(new FetchFailure(`refused: Content-Encoding lists ${codings.length} codings (${shown}), more than the ${MAX_CODINGS} a body may have`));
  }
  const stages: Readable[] = [body, ...decoders(codings)];
  // Plain stream events rather than stream.pipeline: pipeline's clean-up aborts an
  // AbortController per call, and the DOMException that makes is costly.
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let settled = false;
    const stop = (): void => {
      settled = true;
      signal?.removeEventListener('abort', abort);
    };
    // Every stage goes as soon as one fails, the cap is passed or time is up: nothing is downloaded
    // or decompressed past it.
    const fail = (error: Error): void => {
      if (settled) return;
      stop();
      for (const stage of stages) stage.destroy();
      reject(error);
    };
    const abort = (): void => {
      fail(signal?.reason instanceof Error ? signal.reason : new Error('the download was aborted'));
    };
    if (signal?.aborted) {
      abort();
      return;
    }
    signal?.addEventListener('abort', abort, { once: true });
    for (let index = 1; index < stages.length; index++) stages[index - 1]!.pipe(stages[index] as Transform);
    const last = stages.at(-1)!;
    for (const stage of stages) {
      let passed = 0;
      stage.on('error', fail);
      stage.on('data', (chunk: Uint8Array) => {
        passed += chunk.byteLength;
        if (passed > maxBytes) fail(new FetchFailure(tooLarge));
        else if (stage === last) chunks.push(chunk);
      });
      // A stage that closes before the end without an error of its own (a connection dropped mid-body).
      stage.on('close', () => {
        if (!stage.readableEnded) fail(Object.assign(new Error('the body ended early'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
      });
    }
    last.on('end', () => {
      if (settled) return;
      stop();
      resolve(concat(chunks, chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)));
    });
  });
}

/** The codings of a Content-Encoding header, in the order they were applied; repeated headers arrive joined by commas. */
function listCodings(contentEncoding: string | undefined): string[] {
  return (contentEncoding ?? '').toLowerCase().split(',').map((coding) => coding.trim()).filter(Boolean);
}

/**
 * The streams that undo a list of codings, last coding first (RFC 9110 §8.4). A coding we do not
 * know leaves the body as it came, as fetch does; the parser then says what it found.
 */
function decoders(codings: readonly string[]): Transform[] {
  const known = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress } as const;
  if (!codings.every((coding): coding is keyof typeof known => Object.hasOwn(known, coding))) return [];
  return codings.toReversed().map((coding) => known[coding]());
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
