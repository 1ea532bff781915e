import { describe, expect, it } from 'vitest';
import { compileMjml } from '../../src/render/compileMjml.js';
import { startMjmlWorker } from '../../src/render/startMjmlWorker.js';

const MJML = `<mjml><mj-body><mj-section direction="rtl"><mj-column><mj-text align="right">وافق المجلس البلدي على الخطة</mj-text><mj-text>The council approved the plan</mj-text></mj-column></mj-section></mj-body></mjml>`;

describe('startMjmlWorker', () => {
  it('compiles on its own thread to the same HTML as on the main thread', async () => {
    const worker = startMjmlWorker();
    try {
      const there = await worker.compile(MJML);
      expect(worker.answered).toBe(1);
      expect(there).toEqual(await compileMjml(MJML));
      expect(there.html).toContain('وافق المجلس البلدي');
    } finally {
      worker.close();
    }
  }, 30_000);

  it('passes MJML validation problems on as warnings', async () => {
    const worker = startMjmlWorker();
    try {
      const { warnings } = await worker.compile('<mjml><mj-body><mj-section><mj-text>outside a column</mj-text></mj-section></mj-body></mjml>');
      expect(warnings.join('\n')).toMatch(/^mjml: line \d+ \(mj-text\)/);
    } finally {
      worker.close();
    }
  }, 30_000);

  it('compiles on the calling thread once the worker is gone', async () => {
    const worker = startMjmlWorker();
    worker.close();
    const here = await worker.compile(MJML);
    expect(worker.answered).toBe(0);
    expect(here.html).toContain('The council approved the plan');
  }, 30_000);
});
