import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMjml } from '../../src/render/compileMjml.js';
import { prepareRender } from '../../src/render/prepareRender.js';
import { renderBriefing } from '../../src/render/renderBriefing.js';
import { renderHtml } from '../../src/render/renderHtml.js';
import { startMjmlWorker, type MjmlWorker } from '../../src/render/startMjmlWorker.js';
import { makeBriefing } from './briefingFixture.js';

const MJML = `<mjml><mj-body><mj-section direction="rtl"><mj-column><mj-text align="right">وافق المجلس البلدي على الخطة</mj-text><mj-text>The council approved the plan</mj-text></mj-column></mj-section></mj-body></mjml>`;

/** Runs `use` with a worker started with `setup`, and stops the worker after. */
async function withWorker(setup: Parameters<typeof startMjmlWorker>[0], use: (worker: MjmlWorker) => Promise<void>): Promise<void> {
  const worker = startMjmlWorker(setup);
  try {
    await use(worker);
  } finally {
    worker.close();
  }
}

describe('startMjmlWorker', () => {
  it('compiles on its own thread to the same HTML as on the main thread', () =>
    withWorker(undefined, async (worker) => {
      const there = await worker.compile(MJML);
      expect(worker.answered).toBe(1);
      expect(there).toEqual(await compileMjml(MJML));
      expect(there.html).toContain('وافق المجلس البلدي');
    }), 30_000);

  it('passes MJML validation problems on as warnings', () =>
    withWorker(undefined, async (worker) => {
      const { warnings } = await worker.compile('<mjml><mj-body><mj-section><mj-text>outside a column</mj-text></mj-section></mj-body></mjml>');
      expect(warnings.join('\n')).toMatch(/^mjml: line \d+ \(mj-text\)/);
    }), 30_000);

  it('compiles on the calling thread once the worker is gone', async () => {
    const worker = startMjmlWorker();
    worker.close();
    const here = await worker.compile(MJML);
    expect(worker.answered).toBe(0);
    expect(here.html).toContain('The council approved the plan');
  }, 30_000);

  it('renders a briefing by the template it prepared to the same HTML as the main thread', async () => {
    const briefing = makeBriefing({ language: 'ar', dir: 'rtl', timezone: 'Asia/Riyadh' });
    await withWorker({ language: briefing.language, timezone: briefing.timezone }, async (worker) => {
      const prepared = await prepareRender(briefing);
      const there = await worker.renderHtml(prepared);
      expect(worker.answered).toBe(1);
      expect(there).toEqual(await renderHtml(prepared));
      expect(there.html).toContain('dir="rtl"');
    });
  }, 30_000);

  it('renders on the calling thread when its template fails, so the error is the one the main thread gives', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-templates-'));
    try {
      await writeFile(join(dir, 'briefing.mjml.hbs'), '<mjml><mj-body>{{#each topics}}</mj-body></mjml>');
      const briefing = makeBriefing();
      const here = await renderBriefing(briefing, { templatesDir: dir }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(here).toBeInstanceOf(Error);
      await withWorker({ language: briefing.language, timezone: briefing.timezone, templatesDir: dir }, async (worker) => {
        await expect(renderBriefing(briefing, { templatesDir: dir }, worker.renderHtml)).rejects.toEqual(here);
        expect(worker.answered).toBe(0);
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
