import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve.js';
import type { ParsedConfig } from '../../src/config/schema.js';
import { validateConfig } from '../../src/config/validate.js';

function parsed(json: object): ParsedConfig {
  const { config, errors } = validateConfig(json);
  if (!config) throw new Error(`test config is invalid: ${errors.join('; ')}`);
  return config;
}

const config = parsed({
  sources: [
    { name: 'Gazette', url: 'https://gazette.example/rss' },
    { name: 'Notes', path: 'notes' },
    { name: 'Drafts', path: '../shared/drafts/*.md' },
    { name: 'Inbox', path: '/srv/inbox' },
  ],
});

describe('resolveConfig', () => {
  it('makes source paths absolute against the config file’s folder, globs included', () => {
    const { sources } = resolveConfig(config, '/home/ana/briefing/sources.json');
    expect(sources.map((source) => source.path)).toEqual([
      undefined,
      '/home/ana/briefing/notes',
      '/home/ana/shared/drafts/*.md',
      '/srv/inbox',
    ]);
  });

  it('leaves feed sources as they were', () => {
    expect(resolveConfig(config, '/home/ana/briefing/sources.json').sources[0]).toEqual({
      name: 'Gazette',
      url: 'https://gazette.example/rss',
      enabled: true,
    });
  });

  it('makes archiveDir and stateDir absolute against the config file’s folder', () => {
    expect(resolveConfig(config, '/home/ana/briefing/sources.json').delivery).toEqual({
      archiveDir: '/home/ana/briefing/briefings',
      stateDir: '/home/ana/briefing/.briefing',
    });
  });

  it('keeps absolute archive and state folders as they are', () => {
    const absolute = parsed({ ...config, delivery: { archiveDir: '/var/briefings', stateDir: '/var/lib/briefing' } });
    expect(resolveConfig(absolute, '/home/ana/sources.json').delivery).toEqual({ archiveDir: '/var/briefings', stateDir: '/var/lib/briefing' });
  });

  it('gives two configs in two folders their own state, archive and files', () => {
    const first = resolveConfig(config, '/srv/team-a/sources.json');
    const second = resolveConfig(config, '/srv/team-b/sources.json');
    expect(first.delivery.stateDir).not.toBe(second.delivery.stateDir);
    expect(first.delivery.archiveDir).not.toBe(second.delivery.archiveDir);
    expect(first.sources[1]?.path).not.toBe(second.sources[1]?.path);
  });

  it('records the config file as an absolute path, resolving a relative one against the working folder', () => {
    const resolved = resolveConfig(config, 'configs/sources.json');
    expect(resolved.configFile).toBe(path.resolve('configs/sources.json'));
    expect(resolved.delivery.stateDir).toBe(path.resolve('configs/.briefing'));
  });

  it('keeps every other setting and leaves its input untouched', () => {
    const before = structuredClone(config);
    const resolved = resolveConfig(config, '/home/ana/sources.json');
    expect(resolved.briefing).toEqual(config.briefing);
    expect(resolved.topics).toEqual(config.topics);
    expect(config).toEqual(before);
  });
});
