import { FetchFailure } from './describeFetchError.js';

/**
 * Reads a response body into one buffer, stopping as soon as it grows past `maxBytes` so an
 * endless or huge response costs at most `maxBytes` of memory, not the whole download.
 */
export async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = `larger than ${formatSize(maxBytes)}`;
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  // Content-Length counts compressed bytes, so it can only prove a body too large, never small enough.
  if (declared > maxBytes && !response.headers.has('content-encoding')) {
    await response.body?.cancel();
    throw new FetchFailure(`${tooLarge} (the server announced ${formatSize(declared)})`);
  }
  if (!response.body) return new Uint8Array(0);

  // Node's lib typings leave the chunk type `any`; fetch bodies are byte streams by the spec.
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchFailure(tooLarge);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
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
