import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/jsonSchema.js';

describe('sources.schema.json', () => {
  it('is the schema generated from the zod config schema (run `npm run schema` after changing it)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../../sources.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(configJsonSchema());
  });

  it('describes every key of a source', () => {
    const schema = configJsonSchema() as { properties: { sources: { items: { properties: Record<string, { description?: string }> } } } };
    for (const [key, property] of Object.entries(schema.properties.sources.items.properties)) {
      expect(property.description, key).toBeTruthy();
    }
  });
});
