import { Readable } from 'node:stream';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatDuration, formatSize, MAX_CODINGS, readBody } from '../../src/collect/readBody.js';

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

  it('gives up on an announced length over the cap without reading, compressed or not', async () => {
    for (const headers of [{}, { 'content-encoding': 'gzip' }]) {
      const { body, pulled } = endlessBody();
      await expect(readBody(body, { 'content-length': String(2 * 1024 * 1024), ...headers }, 1024 * 1024)).rejects.toThrow('larger than 1 MB (the server announced 2 MB)');
      expect(pulled()).toBe(0);
    }
  });

  it(`refuses more than ${MAX_CODINGS} codings without reading the body (issue 26)`, async () => {
    const { body, pulled } = endlessBody();
    await expect(readBody(body, { 'content-encoding': 'gzip, gzip, br, deflate' }, 1024)).rejects.toThrow(
      'refused: Content-Encoding lists 4 codings (gzip, gzip, br, …), more than the 3 a body may have',
    );
    expect(pulled()).toBe(0);
    expect(body.destroyed).toBe(true);
  });

  it('holds every layer of decompression to the cap, not only the result (issue 26)', async () => {
    // 2 MB of empty gzip members: the middle layer is large, the feed itself empty.
    const emptyMember = gzipSync(Buffer.alloc(0));
    const emptyMembers = Buffer.concat(Array.from({ length: (2 * 1024 * 1024) / emptyMember.length }, () => emptyMember));
    await expect(readBody(Readable.from([gzipSync(emptyMembers)]), { 'content-encoding': 'gzip, gzip' }, 1024 * 1024)).rejects.toThrow('larger than 1 MB');
  });

  it('destroys every stage as soon as the signal aborts, with the signal\'s reason (issue 26)', async () => {
    const stalled = new Readable({ read: () => undefined });
    const controller = new AbortController();
    const reading = readBody(stalled, { 'content-encoding': 'gzip' }, 1024 * 1024, controller.signal);
    controller.abort(new Error('time is up'));
    await expect(reading).rejects.toThrow('time is up');
    expect(stalled.destroyed).toBe(true);
    // A signal that has already fired stops the body before it is read at all.
    const { body, pulled } = endlessBody();
    await expect(readBody(body, {}, 1024, controller.signal)).rejects.toThrow('time is up');
    expect([pulled(), body.destroyed]).toEqual([0, true]);
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
