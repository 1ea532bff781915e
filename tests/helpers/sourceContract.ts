import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../src/collect/source.js';
import { SourceError } from '../../src/errors.js';

export interface ContractSubjects {
  /** A source that can be read and has at least one document. */
  working: Source;
  /** A source that cannot be read at all. */
  failing: Source;
  /** Stops servers, removes temp folders. */
  teardown?: () => Promise<void>;
}

/**
 * The promises every Source kind keeps to the pipeline (src/collect/source.ts), checked the same
 * way for each kind, like unstorage's shared driver tests.
 */
export function describeSourceContract(kind: string, setup: () => Promise<ContractSubjects>): void {
  describe(`Source contract: ${kind}`, () => {
    let subjects: ContractSubjects;
    beforeAll(async () => {
      subjects = await setup();
    });
    afterAll(() => subjects.teardown?.());

    it('has a non-empty name', () => {
      expect(subjects.working.name).toMatch(/\S/);
    });

    it('returns documents and warnings as arrays', async () => {
      const result = await subjects.working.collect();
      expect(Array.isArray(result.documents)).toBe(true);
      expect(Array.isArray(result.warnings)).toBe(true);
      expect(result.documents.length).toBeGreaterThan(0);
    });

    it('stamps every document with its name, a body, a format and a valid ISO date if any', async () => {
      const { documents } = await subjects.working.collect();
      for (const document of documents) {
        expect(document.source).toBe(subjects.working.name);
        expect(typeof document.body).toBe('string');
        expect(['html', 'text', 'markdown']).toContain(document.format);
        if (document.published !== undefined) expect(new Date(document.published).toISOString()).toBe(document.published);
        if (document.url !== undefined) expect(URL.canParse(document.url)).toBe(true);
      }
    });

    it('gives the same documents when collected twice', async () => {
      const first = await subjects.working.collect();
      expect(await subjects.working.collect()).toEqual(first);
    });

    it('fails as a whole with a one-line SourceError naming the source', async () => {
      const error: unknown = await subjects.failing.collect().catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(SourceError);
      expect((error as SourceError).source).toBe(subjects.failing.name);
      expect((error as SourceError).message).toMatch(/^[^\n]+$/);
    });
  });
}
