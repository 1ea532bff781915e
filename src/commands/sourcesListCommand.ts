import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { EXIT } from '../exitCodes.js';
import type { SourceHealth } from '../store/historyStore.js';
import { openStoreForReading } from '../store/openStore.js';
import { redactUrl } from '../text/redactUrl.js';

export interface SourcesListOptions {
  config: string;
  /** One JSON array instead of a table. */
  json?: boolean;
}

/** One row of `briefing sources list`: a configured source and what the state store knows of it. */
export interface SourceRow {
  name: string;
  kind: 'feed' | 'files';
  /** The feed's url with its password and token parameters shown as `***`, or the path as written in the config. */
  address: string;
  enabled: boolean;
  /** False when no run has read this source yet (or no run of this config has happened at all). */
  seen: boolean;
  lastSuccess: string | null;
  consecutiveFailures: number;
  lastError: string | null;
  /** When a run last found an item it had never seen (the run's time). */
  lastNewItem: string | null;
  /** The publication date of the newest item at the last successful read, as the source dates it. */
  newestItem: string | null;
}

/**
 * `briefing sources list`: every configured source with its health from the state store (last
 * success, consecutive failures, last error, and the date of its newest item: a feed that has gone
 * quiet shows it, where the time a run last saw something new would not). Only reads: the store is
 * opened read-only, and a config that never ran is reported as such.
 */
export async function sourcesListCommand(options: SourcesListOptions, out: (text: string) => void = (text) => process.stdout.write(text)): Promise<number> {
  const { config } = await loadConfig(path.resolve(options.config));
  const store = openStoreForReading(config.delivery.stateDir);
  let health: Map<string, SourceHealth>;
  try {
    health = store?.history.health() ?? new Map<string, SourceHealth>();
  } finally {
    store?.close();
  }
  const base = path.dirname(config.configFile);
  const rows = config.sources.map((source): SourceRow => {
    const known = health.get(source.name);
    return {
      name: source.name,
      kind: source.url === undefined ? 'files' : 'feed',
      address: source.url === undefined ? shortPath(base, source.path ?? '') : redactUrl(source.url),
      enabled: source.enabled,
      seen: known !== undefined,
      lastSuccess: known?.lastSuccess ?? null,
      consecutiveFailures: known?.consecutiveFailures ?? 0,
      lastError: known?.lastError ?? null,
      lastNewItem: known?.lastNewItem ?? null,
      newestItem: known?.newestItem ?? null,
    };
  });
  if (options.json) out(`${JSON.stringify(rows, null, 2)}\n`);
  else out(formatSourceRows(rows, store !== undefined));
  return EXIT.ok;
}

/** A path relative to the config's folder when it is inside it, as most configs write it; else absolute. */
function shortPath(base: string, file: string): string {
  const relative = path.relative(base, file);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

const MAX_ERROR = 60;

/** The rows as a table for a terminal; `ran` is false when the config has no state store yet. */
export function formatSourceRows(rows: readonly SourceRow[], ran: boolean): string {
  const never = ran ? 'never read' : 'never run';
  const when = (iso: string | null) => (iso === null ? '' : iso.slice(0, 16).replace('T', ' '));
  const table = [
    ['source', 'kind', 'address', 'last success', 'failures', 'last error', 'newest item'],
    ...rows.map((row) => [
      row.enabled ? row.name : `${row.name} (disabled)`,
      row.kind,
      row.address,
      row.seen ? when(row.lastSuccess) || 'never' : never,
      row.seen ? String(row.consecutiveFailures) : '',
      cut(row.lastError ?? ''),
      when(row.newestItem),
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const lines = table.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
  return `${[lines[0]!, widths.map((width) => '─'.repeat(width)).join('  '), ...lines.slice(1)].join('\n')}\n`;
}

function cut(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > MAX_ERROR ? `${line.slice(0, MAX_ERROR - 1)}…` : line;
}
