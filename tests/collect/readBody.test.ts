import { describe, expect, it } from 'vitest';
import { formatDuration, formatSize, readBody } from '../../src/collect/readBody.js';

const CHUNK = 64 * 1024;

/** An endless body that counts how many chunks were asked for. */
function endlessResponse(headers: Record<string, string> = {}): { response: Response; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(CHUNK));
      },
    },
    { highWaterMark: 0 },
  );
  return { response: new Response(stream, { headers }), pulled: () => pulled };
}

describe('readBody', () => {
  it('returns the whole body when it is within the cap', async () => {
    const bytes = await readBody(new Response('<rss/>'), 6);
    expect(new TextDecoder().decode(bytes)).toBe('<rss/>');
  });

  it('stops pulling from the stream as soon as the body passes the cap', async () => {
    const { response, pulled } = endlessResponse();
    await expect(readBody(response, 1024 * 1024)).rejects.toThrow('larger than 1 MB');
    // 16 chunks make 1 MB exactly; the 17th passes the cap. No read-ahead beyond that.
    expect(pulled()).toBeLessThanOrEqual(1024 * 1024 / CHUNK + 2);
  });

  it('does not trust Content-Length of a compressed body to be small', async () => {
    const { response } = endlessResponse({ 'content-length': '10', 'content-encoding': 'gzip' });
    await expect(readBody(response, 200_000)).rejects.toThrow('larger than 195.3 KB');
  });

  it('formats sizes and durations the way the config speaks', () => {
    expect([formatSize(900), formatSize(100_000), formatSize(10 * 1024 * 1024)]).toEqual(['900 bytes', '97.7 KB', '10 MB']);
    expect([formatDuration(200), formatDuration(20_000)]).toEqual(['0.2 s', '20 s']);
  });
});
