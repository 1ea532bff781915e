import type { SourceReport } from '../types.js';

export type ProgressMode = 'tty' | 'plain' | 'json';

export interface Progress {
  source(report: SourceReport): void;
  /** Ends the live line on a terminal before the summary is written. */
  finish(): void;
}

/**
 * Progress while sources are collected: a single live line on a terminal ("collecting 12/50
 * sources, 1 failed"), one plain line per source when the output is a file or a pipe (cron,
 * journald), one JSON object per event with `--json`.
 */
export function reportProgress(mode: ProgressMode, total: number, write: (text: string) => void): Progress {
  let done = 0;
  let failed = 0;
  return {
    source(report) {
      done++;
      if (report.status === 'failed') failed++;
      if (mode === 'json') {
        write(`${JSON.stringify({ event: 'source', time: new Date().toISOString(), name: report.name, status: report.status, items: report.items, ...(report.error ? { error: report.error } : {}), ...(report.notModified ? { notModified: true } : {}) })}\n`);
      } else if (mode === 'plain') {
        write(`  ${report.status === 'failed' ? '✗' : '✓'} ${report.name}: ${report.status === 'failed' ? (report.error ?? '') : `${report.items} item(s)${report.notModified ? ', unchanged' : ''}`}\n`);
      } else {
        write(`\r\u001b[2K  collecting ${done}/${total} sources${failed ? `, ${failed} failed` : ''}: ${report.name}`);
      }
    },
    finish() {
      if (mode === 'tty' && done > 0) write('\r\u001b[2K');
    },
  };
}
