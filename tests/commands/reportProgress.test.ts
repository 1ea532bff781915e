import { describe, expect, it } from 'vitest';
import { reportProgress } from '../../src/commands/reportProgress.js';

const ok = { name: 'Gazette', status: 'ok' as const, items: 12 };
const failed = { name: 'Broken', status: 'failed' as const, items: 0, error: 'HTTP 500' };

describe('reportProgress', () => {
  it('writes one plain line per source when the output is not a terminal', () => {
    let out = '';
    const progress = reportProgress('plain', 2, (text) => (out += text));
    progress.source(ok);
    progress.source(failed);
    progress.finish();
    expect(out).toBe('  ✓ Gazette: 12 item(s)\n  ✗ Broken: HTTP 500\n');
  });

  it('keeps one live line on a terminal and clears it at the end', () => {
    let out = '';
    const progress = reportProgress('tty', 2, (text) => (out += text));
    progress.source(ok);
    progress.source(failed);
    progress.finish();
    expect(out).toContain('collecting 2/2 sources, 1 failed: Broken');
    expect(out.endsWith('\r\u001b[2K')).toBe(true);
    expect(out).not.toContain('\n');
  });

  it('writes one JSON object per source with --json', () => {
    let out = '';
    const progress = reportProgress('json', 1, (text) => (out += text));
    progress.source(failed);
    const event = JSON.parse(out) as Record<string, unknown>;
    expect(event).toMatchObject({ event: 'source', name: 'Broken', status: 'failed', items: 0, error: 'HTTP 500' });
  });
});
