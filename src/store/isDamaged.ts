/**
 * True for SQLite's word that the file itself is broken (SQLITE_CORRUPT: a truncated file, a bad
 * page; SQLITE_NOTADB: garbage where the header should be), as opposed to a machine that cannot
 * write it or a bug in a query.
 */
export function isDamaged(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)(_|$)/.test(code);
}
