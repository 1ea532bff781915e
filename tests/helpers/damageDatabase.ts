import { open, stat, truncate } from 'node:fs/promises';

/**
 * Ways a SQLite file gets broken in real life, done to a real file: cut short (a full disk, a copy
 * that stopped), its header overwritten, one page in the middle turned to garbage (a bad sector).
 * The database must be closed (its WAL checkpointed) first.
 */
export const DAMAGES = {
  'cut to half its size': async (file: string) => {
    await truncate(file, Math.floor((await stat(file)).size / 2));
  },
  'a header of garbage bytes': async (file: string) => {
    await overwrite(file, 0, garbage(100, 7));
  },
  'one bad page in the middle': async (file: string) => {
    const { pageSize, pages } = await measure(file);
    await overwrite(file, Math.floor(pages / 2) * pageSize, garbage(pageSize, 11));
  },
} as const;

/** Page `page` (numbered from 1, as SQLite does) turned to garbage. */
export async function ruinPage(file: string, page: number): Promise<void> {
  const { pageSize } = await measure(file);
  await overwrite(file, (page - 1) * pageSize, garbage(pageSize, 13));
}

/** The page size (header bytes 16–17, where 1 means 65536) and the number of pages of a database file. */
async function measure(file: string): Promise<{ pageSize: number; pages: number }> {
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(100);
    await handle.read(header, 0, 100, 0);
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    return { pageSize, pages: Math.floor((await handle.stat()).size / pageSize) };
  } finally {
    await handle.close();
  }
}

async function overwrite(file: string, position: number, bytes: Buffer): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.write(bytes, 0, bytes.length, position);
  } finally {
    await handle.close();
  }
}

/** Bytes that follow no structure, the same on every run. */
function garbage(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}
