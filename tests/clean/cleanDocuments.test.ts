import { describe, expect, it } from 'vitest';
import { cleanDocuments, prepareRules } from '../../src/clean/cleanDocuments.js';
import type { RawDocument } from '../../src/types.js';

const documentOf = (source: string): RawDocument => ({
  source,
  title: `${source}: the harbour reopens`,
  url: `https://example.org/${encodeURIComponent(source)}/harbour`,
  format: 'html',
  body: '<p>The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.</p>',
});

describe('prepareRules', () => {
  // Config validation refuses such a pattern; a worker starting up must still not die of one.
  it('leaves a rule set that does not compile to the documents, which report it under their source', () => {
    const rules = { Broken: { removePatterns: ['(unclosed'] }, Sound: { removePatterns: ['^Share this'] } };
    expect(() => {
      prepareRules(rules);
    }).not.toThrow();
    const outcome = cleanDocuments([documentOf('Broken'), documentOf('Sound')], rules);
    expect(outcome.failures).toEqual([{ source: 'Broken', document: 'https://example.org/Broken/harbour', reason: expect.stringMatching(/unclosed|Unterminated group/) as unknown }]);
    expect(outcome.articles[0]).toBeNull();
    expect(outcome.articles[1]?.text).toContain('The harbour reopened on Monday');
  });
});
