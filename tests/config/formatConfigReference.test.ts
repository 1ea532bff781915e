import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { formatConfigReference } from '../../src/config/formatConfigReference.js';
import { configSchema } from '../../src/config/schema.js';

const committed = (): string => readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');

interface Node {
  properties?: Record<string, Node>;
  items?: Node;
}

/** Every key of the JSON Schema, as the reference spells it (`sources[].cleaning.removeLines`). */
function everyKey(node: Node, at = ''): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const where = at ? `${at}.${key}` : key;
    const list = child.items?.properties ? everyKey(child.items, `${where}[]`) : [];
    return [where, ...everyKey(child, where), ...list];
  });
}

describe('formatConfigReference', () => {
  it('is what docs/configuration.md holds (run `npm run docs:config` after changing the schema)', () => {
    expect(committed()).toBe(formatConfigReference());
  });

  it('has a row for every key of the schema, objects and arrays of objects included', () => {
    const reference = formatConfigReference();
    const keys = everyKey(z.toJSONSchema(configSchema, { io: 'input' }) as Node).filter((key) => key !== '$schema');
    const rowKeys = [...reference.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
    const topLevel = ['briefing', 'sources', 'topics', 'cleaning', 'fetch', 'delivery'];
    expect(rowKeys.sort()).toEqual(keys.filter((key) => !topLevel.includes(key)).sort());
  });

  it('shows a default, or says the key is required, and escapes pipes inside cells', () => {
    const reference = formatConfigReference();
    expect(reference).toContain('| `briefing.maxStories` | integer, 1–500 | `30` |');
    expect(reference).toContain('| `sources[].name` | string | required |');
    expect(reference).toContain('| `sources[].maxItems` | integer, 1–100000 | `500` |');
    for (const row of reference.split('\n').filter((line) => line.startsWith('| `'))) {
      expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
    }
  });
});
