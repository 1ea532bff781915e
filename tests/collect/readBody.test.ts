import { Readable } from 'node:stream';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatDuration, formatSize, readBody } from '../../src/collect/readBody.js';

const CHUNK = 64 * 1024;

/** An endless body that counts how many chunks were asked for. */
function endlessBody(): { body: Readable; pulled: () => number } {
  let pulled = 0;
  const body = new Readable({
    highWaterMark: 0,
    read() {
      pulled++;
      this.push(Buffer.alloc(CHUNK));
    },
  });
  return { body, pulled: () => pulled };
}

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('readBody', () => {
  it('returns the whole body when it is within the cap', async () => {
    expect(text(await readBody(Readable.from([Buffer.from('<rss/>')]), {}, 6))).toBe('<rss/>');
  });

  it('stops pulling from the stream as soon as the body passes the cap', async () => {
    const { body, pulled } = endlessBody();
    await expect(readBody(body, {}, 1024 * 1024)).rejects.toThrow('larger than 1 MB');
    // 16 chunks make 1 MB exactly; the 17th passes the cap. No read-ahead beyond that.
    expect(pulled()).toBeLessThanOrEqual(1024 * 1024 / CHUNK + 2);
    expect(body.destroyed).toBe(true);
  });

  it('does not trust Content-Length of a compressed body to be small', async () => {
    const { body } = endlessBody();
    await expect(readBody(body, { 'content-length': '10', 'content-encoding': 'identity' }, 200_000)).rejects.toThrow('larger than 195.3 KB');
  });

  it('gives up on an announced length over the cap without reading', async () => {
    const { body, pulled } = endlessBody();
    await expect(readBody(body, { 'content-length': String(2 * 1024 * 1024) }, 1024 * 1024)).rejects.toThrow('larger than 1 MB (the server announced 2 MB)');
    expect(pulled()).toBe(0);
  });

  it('undoes gzip, deflate and br, several codings last one first', async () => {
    const feed = Buffer.from('<rss><channel><title>أخبار</title></channel></rss>');
    const decoded = (encoded: Buffer, coding: string) => readBody(Readable.from([encoded]), { 'content-encoding': coding }, 1024).then(text);
    expect(await decoded(gzipSync(feed), 'gzip')).toBe(feed.toString());
    expect(await decoded(gzipSync(feed), 'X-Gzip')).toBe(feed.toString());
    expect(await decoded(deflateSync(feed), 'deflate')).toBe(feed.toString());
    expect(await decoded(brotliCompressSync(feed), 'br')).toBe(feed.toString());
    expect(await decoded(brotliCompressSync(gzipSync(feed)), 'gzip, br')).toBe(feed.toString());
  });

  it('leaves a body in a coding it does not know as it came', async () => {
    const body = Buffer.from('compressed with something else');
    expect(text(await readBody(Readable.from([body]), { 'content-encoding': 'zstd' }, 1024))).toBe(body.toString());
  });

  it('fails with the decompressor\'s code when the body does not match its coding', async () => {
    await expect(readBody(Readable.from([Buffer.from('not gzip at all')]), { 'content-encoding': 'gzip' }, 1024)).rejects.toMatchObject({ code: 'Z_DATA_ERROR' });
  });

  it('formats sizes and durations the way the config speaks', () => {
    expect([formatSize(900), formatSize(100_000), formatSize(10 * 1024 * 1024)]).toEqual(['900 bytes', '97.7 KB', '10 MB']);
    expect([formatDuration(200), formatDuration(20_000)]).toEqual(['0.2 s', '20 s']);
  });
});
