import { performance } from 'node:perf_hooks';
import { createSource } from '../collect/createSource.js';
import type { ResolvedSource } from '../config/resolve.js';
import { describeError } from '../errors.js';
import { redactUrl } from '../text/redactUrl.js';

export interface Probe {
  name: string;
  kind: 'feed' | 'files';
  ok: boolean;
  /** HTTP status of a feed. */
  status?: number;
  items: number;
  /** ISO date of the newest item, when items are dated. */
  newest?: string;
  encoding?: string;
  ms: number;
  error?: string;
}

/** Reads every enabled source once, as a run would, and reports how it went; nothing is stored. */
export async function probeSources(sources: readonly ResolvedSource[], deadlineMs = 30_000): Promise<Probe[]> {
  const deadline = Date.now() + deadlineMs;
  return Promise.all(
    sources
      .filter((source) => source.enabled)
      .map(async (config): Promise<Probe> => {
        const kind = config.url === undefined ? 'files' : 'feed';
        const started = performance.now();
        try {
          const result = await createSource(config).collect({ deadline });
          const dates = result.documents.flatMap((document) => (document.published ? [document.published] : [])).sort();
          return {
            name: config.name,
            kind,
            ok: true,
            ...(result.fetch ? { status: result.fetch.status, encoding: result.fetch.encoding } : {}),
            items: result.documents.length,
            ...(dates.length > 0 ? { newest: dates.at(-1)! } : {}),
            ms: Math.round(performance.now() - started),
          };
        } catch (error) {
          return { name: config.name, kind, ok: false, items: 0, ms: Math.round(performance.now() - started), error: redactUrl(describeError(error)) };
        }
      }),
  );
}

/** The probes as a table for a terminal. */
export function formatProbes(probes: readonly Probe[]): string {
  const rows = [
    ['source', 'kind', 'result', 'HTTP', 'items', 'newest item', 'encoding', 'time'],
    ...probes.map((probe) => [
      probe.name,
      probe.kind,
      probe.ok ? (probe.items > 0 ? 'ok' : 'empty') : 'FAILED',
      probe.status === undefined ? '' : String(probe.status),
      String(probe.items),
      probe.newest?.slice(0, 16).replace('T', ' ') ?? '',
      probe.encoding ?? '',
      `${(probe.ms / 1000).toFixed(1)} s`,
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
  const failures = probes.filter((probe) => !probe.ok).map((probe) => `  ✗ ${probe.name}: ${probe.error ?? ''}`);
  return `${[lines[0]!, widths.map((width) => '─'.repeat(width)).join('  '), ...lines.slice(1), ...failures].join('\n')}\n`;
}
