import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { briefingSchema, configSchema, deliverySchema, emailSchema, sourceSchema, topicSchema } from '../../src/config/schema.js';

interface JsonSchemaNode {
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
}

/** Every `properties` entry of a JSON Schema, at any depth, with its dotted path. */
function everyKey(node: JsonSchemaNode, at = ''): [string, JsonSchemaNode][] {
  const own = Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const where = at ? `${at}.${key}` : key;
    return [[where, child] as [string, JsonSchemaNode], ...everyKey(child, where)];
  });
  return node.items ? [...own, ...everyKey(node.items, `${at}[]`)] : own;
}

describe('configSchema', () => {
  const jsonSchema = z.toJSONSchema(configSchema, { io: 'input' }) as JsonSchemaNode;

  it('describes every key at every depth, for editors', () => {
    const keys = everyKey(jsonSchema);
    expect(keys.map(([key]) => key)).toContain('delivery.email.unsubscribe');
    for (const [key, node] of keys) expect(node.description, key).toMatch(/\S/);
  });

  it('gives a default for every optional briefing and delivery key', () => {
    expect(Object.fromEntries(everyKey(jsonSchema).filter(([, node]) => node.default !== undefined).map(([key, node]) => [key, node.default]))).toEqual({
      briefing: {},
      'briefing.title': 'Daily Briefing',
      'briefing.language': 'en',
      'briefing.timezone': 'UTC',
      'briefing.schedule': '0 7 * * *',
      'briefing.maxStories': 30,
      'briefing.maxStoriesPerTopic': 8,
      'briefing.topStories': 5,
      'briefing.maxAgeHours': 36,
      'briefing.staleAfterDays': 7,
      'briefing.catchUp': true,
      'sources[].enabled': true,
      'sources[].maxItems': 500,
      'sources[].fullPage': false,
      'sources[].allowPrivate': false,
      'sources[].cleaning.removeLines': [],
      'sources[].cleaning.removePatterns': [],
      'sources[].cleaning.removeSelectors': [],
      topics: [],
      cleaning: {},
      'cleaning.removeLines': [],
      'cleaning.removePatterns': [],
      'cleaning.removeSelectors': [],
      fetch: {},
      'fetch.concurrency': 8,
      'fetch.perHost': 2,
      'fetch.timeoutSeconds': 20,
      'fetch.retries': 2,
      'fetch.deadlineSeconds': 120,
      'fetch.maxMegabytes': 10,
      'fetch.maxFullPages': 50,
      delivery: {},
      'delivery.archiveDir': 'briefings',
      'delivery.stateDir': '.briefing',
      'delivery.email.deadlineSeconds': 300,
    });
  });
});

describe('sourceSchema', () => {
  it('accepts a feed or a path, enabled unless it says otherwise', () => {
    expect(sourceSchema.parse({ name: 'Gazette', url: 'https://gazette.example/rss' })).toEqual({
      name: 'Gazette',
      url: 'https://gazette.example/rss',
      enabled: true,
    });
    expect(sourceSchema.parse({ name: 'Notes', path: 'notes', enabled: false, topic: 'Local' })).toEqual({
      name: 'Notes',
      path: 'notes',
      enabled: false,
      topic: 'Local',
    });
  });

  it('refuses a source that is not an object without tripping over it', () => {
    expect(sourceSchema.safeParse('https://gazette.example/rss').success).toBe(false);
    expect(sourceSchema.safeParse(null).success).toBe(false);
  });
});

describe('topicSchema', () => {
  it('needs a name and at least one non-empty keyword', () => {
    expect(topicSchema.safeParse({ name: 'Energy', keywords: ['oil'] }).success).toBe(true);
    expect(topicSchema.safeParse({ name: 'Energy', keywords: [] }).success).toBe(false);
    expect(topicSchema.safeParse({ name: 'Energy', keywords: ['  '] }).success).toBe(false);
  });
});

describe('briefingSchema and deliverySchema', () => {
  it('fill an empty object with their defaults', () => {
    expect(briefingSchema.parse({})).toEqual({ title: 'Daily Briefing', language: 'en', timezone: 'UTC', schedule: '0 7 * * *', maxStories: 30, maxStoriesPerTopic: 8, topStories: 5, maxAgeHours: 36, staleAfterDays: 7, catchUp: true });
    expect(deliverySchema.parse({})).toEqual({ archiveDir: 'briefings', stateDir: '.briefing' });
  });
});

describe('emailSchema', () => {
  it('accepts a sender, recipients and an https or mailto unsubscribe link', () => {
    const email = { from: 'briefing@example.com', to: ['a@example.com', 'b@example.org'] };
    expect(emailSchema.parse(email)).toEqual({ ...email, deadlineSeconds: 300 });
    expect(emailSchema.safeParse({ ...email, unsubscribe: 'https://example.com/stop' }).success).toBe(true);
    expect(emailSchema.safeParse({ ...email, unsubscribe: 'mailto:stop@example.com' }).success).toBe(true);
    expect(emailSchema.safeParse({ ...email, unsubscribe: 'https://example.com/a b' }).success).toBe(false);
  });
});
