import { describe, expect, it } from 'vitest';
import { formatJsonPath, validateConfig } from '../../src/config/validate.js';

const feed = (name: string, extra: Record<string, unknown> = {}) => ({ name, url: `https://${name.toLowerCase()}.example/feed.xml`, ...extra });
const minimal = { sources: [feed('Gazette')] };
const errorsOf = (json: unknown) => validateConfig(json).errors;

describe('validateConfig', () => {
  it('fills in every default for a minimal config', () => {
    expect(validateConfig(minimal)).toEqual({
      config: {
        briefing: { title: 'Daily Briefing', language: 'en', timezone: 'UTC', schedule: '0 7 * * *', maxStories: 30, maxStoriesPerTopic: 8, topStories: 5, maxAgeHours: 36, staleAfterDays: 7, catchUp: true },
        sources: [{ name: 'Gazette', url: 'https://gazette.example/feed.xml', enabled: true }],
        topics: [],
        cleaning: { removeLines: [], removePatterns: [], removeSelectors: [] },
        fetch: { concurrency: 8, perHost: 2, timeoutSeconds: 20, retries: 2, deadlineSeconds: 120, maxMegabytes: 10, maxFullPages: 50 },
        delivery: { archiveDir: 'briefings', stateDir: '.briefing' },
      },
      errors: [],
      warnings: [],
    });
  });

  it('keeps every value the user gave', () => {
    const json = {
      $schema: './sources.schema.json',
      briefing: { title: 'الموجز اليومي', language: 'ar', timezone: 'Asia/Riyadh', schedule: '30 6 * * 1-5', maxStories: 12, maxStoriesPerTopic: 4, topStories: 5, maxAgeHours: 48, staleAfterDays: 3, catchUp: false },
      sources: [feed('Gazette', { topic: 'Local', enabled: true }), { name: 'Notes', path: 'notes/*.md', enabled: true }],
      topics: [{ name: 'Energy', keywords: ['oil', 'نفط'] }],
      cleaning: { removeLines: ['Advertisement'], removePatterns: ['^ref \\d+$'], removeSelectors: ['.promo'] },
      fetch: { concurrency: 4, perHost: 1, timeoutSeconds: 10, retries: 1, deadlineSeconds: 60, maxMegabytes: 5, maxFullPages: 10 },
      delivery: {
        archiveDir: 'out',
        stateDir: 'state',
        email: { from: 'briefing@example.com', to: ['me@example.com'], unsubscribe: 'mailto:briefing@example.com?subject=stop', deadlineSeconds: 120 },
      },
    };
    expect(validateConfig(json)).toEqual({ config: json, errors: [], warnings: [] });
  });

  it('trims names and paths', () => {
    const { config } = validateConfig({ sources: [{ name: '  Notes ', path: ' notes/ ' }] });
    expect(config?.sources[0]).toMatchObject({ name: 'Notes', path: 'notes/' });
  });

  it('names the JSON path of every problem', () => {
    const errors = errorsOf({
      briefing: { timezone: 'Mars/Olympus' },
      sources: [feed('Gazette'), { name: 'Wire', url: 'ftp://wire.example/feed' }],
      delivery: { email: { from: 'briefing@example.com', to: ['not an address'] } },
    });
    expect(errors).toEqual([
      expect.stringMatching(/^briefing\.timezone: is not an IANA time zone/),
      expect.stringMatching(/^sources\[1\]\.url: must be an http\(s\) URL/),
      expect.stringMatching(/^delivery\.email\.to\[0\]: is not an email address/),
    ]);
  });

  it('returns every problem at once, not only the first', () => {
    const errors = errorsOf({
      briefing: { language: 'English', schedule: 'every morning', maxStories: 0 },
      sources: [{ name: 'A', url: 'https://a.example/' }, { name: 'A', path: 'a' }, { url: 'https://c.example/', path: 'c' }],
      topics: [{ name: 'Energy', keywords: [] }],
    });
    expect(errors).toHaveLength(7);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^briefing\.language: /),
        expect.stringMatching(/^briefing\.schedule: /),
        expect.stringMatching(/^briefing\.maxStories: must be at least 1$/),
        expect.stringMatching(/^sources\[1\]\.name: "A" is already the name of sources\[0\]/),
        expect.stringMatching(/^sources\[2\]\.name: is required/),
        expect.stringMatching(/^sources\[2\]: has both `url` and `path`/),
        expect.stringMatching(/^topics\[0\]\.keywords: needs at least one keyword$/),
      ]),
    );
  });

  it('checks sections, their order and the category table, naming each problem', () => {
    const errors = errorsOf({
      briefing: { sections: ['world', 'sport', 'world'], categorySections: { Cricket: 'sports', Bollywood: 'movies' } },
      sources: [feed('Gazette', { section: 'football' })],
    });
    expect(errors).toEqual([
      expect.stringMatching(/^briefing\.sections\[1\]: is not a section: one of world, politics, business, technology, science, health, sports, culture, other/),
      expect.stringMatching(/^briefing\.categorySections\.Bollywood: is not a section/),
      expect.stringMatching(/^sources\[0\]\.section: is not a section/),
    ]);
    expect(errorsOf({ briefing: { sections: ['world', 'world'] }, sources: [feed('Gazette')] })).toEqual(['briefing.sections: lists a section twice']);
    const { config } = validateConfig({ briefing: { sections: ['sports', 'world'], categorySections: { Cricket: 'sports' } }, sources: [feed('Gazette', { section: 'culture' })] });
    expect(config?.briefing).toMatchObject({ sections: ['sports', 'world'], categorySections: { Cricket: 'sports' } });
    expect(config?.sources[0]?.section).toBe('culture');
  });

  it('gives no config when there is any problem', () => {
    const result = validateConfig({ sources: [feed('Gazette', { colour: 'blue' })] });
    expect(result.config).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });

  describe('sources', () => {
    it('rejects a source with both url and path', () => {
      expect(errorsOf({ sources: [feed('Gazette', { path: 'news/' })] })).toEqual(['sources[0]: has both `url` and `path`: give one of them']);
    });

    it('rejects a source with neither url nor path', () => {
      expect(errorsOf({ sources: [{ name: 'Gazette' }] })).toEqual([
        'sources[0]: needs either `url` (a feed) or `path` (a file, folder or glob)',
      ]);
    });

    it('still checks url and path when the source has another error', () => {
      expect(errorsOf({ sources: [{ name: 42 }] })).toEqual([
        'sources[0].name: must be a string, not number 42',
        'sources[0]: needs either `url` (a feed) or `path` (a file, folder or glob)',
      ]);
    });

    it('reports a name used twice on the later source', () => {
      expect(errorsOf({ sources: [feed('Gazette'), feed('Wire'), { name: 'Gazette', path: 'g.md' }] })).toEqual([
        'sources[2].name: "Gazette" is already the name of sources[0]: names must be unique',
      ]);
    });

    it('reports a name used twice even when another part of the file has a type error', () => {
      expect(errorsOf({ briefing: { maxStories: 'ten' }, sources: [feed('Gazette'), feed('Gazette')] })).toEqual([
        'briefing.maxStories: must be a number, not the string "ten"',
        'sources[1].name: "Gazette" is already the name of sources[0]: names must be unique',
      ]);
    });

    it.each(['ftp://wire.example/feed.xml', 'file:///etc/passwd', 'javascript:alert(1)', 'wire.example/feed.xml', 'http://'])(
      'accepts only http(s) feed addresses, not %s',
      (url) => {
        expect(errorsOf({ sources: [{ name: 'Wire', url }] })).toEqual([
          'sources[0].url: must be an http(s) URL of an RSS, RDF or Atom feed',
        ]);
      },
    );

    it('accepts http and https addresses in any case', () => {
      expect(errorsOf({ sources: [feed('A', { url: 'http://a.example/rss' }), feed('B', { url: 'HTTPS://b.example/atom' })] })).toEqual([]);
    });

    it('rejects an empty or blank name and path', () => {
      expect(errorsOf({ sources: [{ name: ' ', path: '' }] })).toEqual([
        'sources[0].name: name must not be empty',
        'sources[0].path: path must not be empty',
      ]);
    });

    it('needs at least one source', () => {
      expect(errorsOf({ sources: [] })).toEqual(['sources: needs at least one source']);
      expect(errorsOf({})).toEqual(['sources: is required (expected array)']);
    });
  });

  describe('unknown keys', () => {
    it('names the unknown key and where it is', () => {
      expect(errorsOf({ sources: [feed('Gazette', { colour: 'blue' })] })).toEqual([
        'sources[0]: unknown key "colour" (check the spelling; sources.schema.json lists the keys)',
      ]);
    });

    it('names every unknown key of one object together', () => {
      expect(errorsOf({ ...minimal, briefing: { titel: 'x', timeZone: 'UTC' } })).toEqual([
        'briefing: unknown keys "titel", "timeZone" (check the spelling; sources.schema.json lists the keys)',
      ]);
    });

    it('finds unknown keys at the top level and deep inside', () => {
      expect(
        errorsOf({ ...minimal, source: [], delivery: { email: { from: 'a@example.com', to: ['b@example.com'], cc: [] } } }),
      ).toEqual([
        'delivery.email: unknown key "cc" (check the spelling; sources.schema.json lists the keys)',
        '(root): unknown key "source" (check the spelling; sources.schema.json lists the keys)',
      ]);
    });
  });

  describe('briefing', () => {
    it.each(['Mars/Olympus', 'utc+3', 'Europe/Pariss'])('rejects the time zone %s', (timezone) => {
      expect(errorsOf({ ...minimal, briefing: { timezone } })).toEqual([
        'briefing.timezone: is not an IANA time zone (e.g. "UTC", "Europe/Paris", "Asia/Riyadh")',
      ]);
    });

    it.each(['Asia/Riyadh', 'America/New_York', 'UTC'])('accepts the time zone %s', (timezone) => {
      expect(errorsOf({ ...minimal, briefing: { timezone } })).toEqual([]);
    });

    // Issue 26: `check` passed "61 7 * * *", which `schedule` then refused.
    it.each([
      ['every morning', 'has 2 fields, not 5 or 6'],
      ['0 7 * *', 'has 4 fields, not 5 or 6'],
      ['0 0 7 * * * *', 'has 7 fields, not 5 or 6'],
      ['', 'it is empty'],
      ['61 7 * * *', '"61" is not a valid minute (0–59)'],
      ['0 25 * * *', '"25" is not a valid hour (0–23)'],
      ['0 7 32 * *', '"32" is not a valid day of the month (1–31)'],
      ['0 7 * 13 *', '"13" is not a valid month (1–12 or jan–dec)'],
      ['0 7 * * 8', '"8" is not a valid day of the week (0–7 or sun–sat)'],
      ['60 0 7 * * *', '"60" is not a valid second (0–59)'],
      ['0 7 30 2 *', 'day 30 never comes in month 2'],
      ['0\t7 * * *', 'has a character that cron does not use, such as a tab or a line break'],
    ])('rejects the schedule "%s": %s', (schedule, reason) => {
      expect(errorsOf({ ...minimal, briefing: { schedule } })).toEqual([
        `briefing.schedule: is not a valid cron expression: ${reason} (minute hour day-of-month month day-of-week, seconds optionally first; e.g. "0 7 * * 1-5")`,
      ]);
    });

    it('names every wrong field of a schedule at once', () => {
      expect(errorsOf({ ...minimal, briefing: { schedule: '61 25 * * *' } })).toEqual([
        expect.stringContaining('"61" is not a valid minute (0–59); "25" is not a valid hour (0–23)'),
      ]);
    });

    it.each(['0 7 * * *', '*/30 6-9 * * 1-5', '0 0 7 * * *', '0 7 * * mon-fri', '@daily'])('accepts the schedule "%s"', (schedule) => {
      expect(errorsOf({ ...minimal, briefing: { schedule } })).toEqual([]);
    });

    it.each(['English', 'EN', 'e', 'ar_SA'])('rejects the language "%s"', (language) => {
      expect(errorsOf({ ...minimal, briefing: { language } })).toEqual([
        'briefing.language: is not a language tag (e.g. "en", "ar", "fr")',
      ]);
    });

    it.each(['ar', 'fr', 'pt-BR', 'zh-Hant'])('accepts the language "%s"', (language) => {
      expect(errorsOf({ ...minimal, briefing: { language } })).toEqual([]);
    });

    it('keeps maxStories a whole number from 1 to 500', () => {
      expect(errorsOf({ ...minimal, briefing: { maxStories: 0 } })).toEqual(['briefing.maxStories: must be at least 1']);
      expect(errorsOf({ ...minimal, briefing: { maxStories: 501 } })).toEqual(['briefing.maxStories: must be at most 500']);
      expect(errorsOf({ ...minimal, briefing: { maxStories: 2.5 } })).toEqual(['briefing.maxStories: must be an integer, not number 2.5']);
    });
  });

  describe('delivery', () => {
    const email = { from: 'briefing@example.com', to: ['me@example.com'] };

    it('needs at least one recipient, each a valid address', () => {
      expect(errorsOf({ ...minimal, delivery: { email: { ...email, to: [] } } })).toEqual(['delivery.email.to: needs at least one recipient']);
      expect(errorsOf({ ...minimal, delivery: { email: { ...email, to: ['me@example.com', 'you at example'] } } })).toEqual([
        'delivery.email.to[1]: is not an email address',
      ]);
    });

    it('accepts only an https or mailto unsubscribe link', () => {
      expect(errorsOf({ ...minimal, delivery: { email: { ...email, unsubscribe: 'http://example.com/stop' } } })).toEqual([
        'delivery.email.unsubscribe: must be an https:// or mailto: link',
      ]);
    });
  });

  describe('wrong types', () => {
    it('says what a value of the wrong type is, instead of calling it missing', () => {
      expect(errorsOf({ sources: 'https://gazette.example/feed.xml' })).toEqual([
        'sources: must be an array, not the string "https://gazette.example/feed.xml"',
      ]);
      expect(errorsOf({ sources: [feed('Gazette', { enabled: 'no' })] })).toEqual([
        'sources[0].enabled: must be a boolean, not the string "no"',
      ]);
      expect(errorsOf({ ...minimal, delivery: null })).toEqual(['delivery: must be an object, not null']);
      expect(errorsOf({ ...minimal, topics: {} })).toEqual(['topics: must be an array, not an object']);
    });

    it('says a missing key is required', () => {
      expect(errorsOf({ ...minimal, topics: [{ keywords: ['oil'] }] })).toEqual(['topics[0].name: is required (expected string)']);
    });

    it('shortens a long string it quotes', () => {
      const [error] = errorsOf({ sources: 'x'.repeat(100) });
      expect(error).toBe(`sources: must be an array, not the string "${'x'.repeat(40)}…"`);
    });

    it.each([
      [undefined, '(root): is required (expected object)'],
      [null, '(root): must be an object, not null'],
      [[], '(root): must be an object, not an array'],
      ['{}', '(root): must be an object, not the string "{}"'],
      [7, '(root): must be an object, not number 7'],
    ])('never throws, even when given %j', (json, error) => {
      expect(validateConfig(json)).toEqual({ errors: [error], warnings: [] });
    });
  });

  describe('warnings', () => {
    it('warns about a disabled source but keeps the config', () => {
      const result = validateConfig({ sources: [feed('Gazette'), feed('Wire', { enabled: false })] });
      expect(result.config).toBeDefined();
      expect(result.warnings).toEqual(['sources[1]: "Wire" is disabled and will be skipped']);
    });

    it('warns when every source is disabled', () => {
      expect(validateConfig({ sources: [feed('Gazette', { enabled: false })] }).warnings).toEqual([
        'sources[0]: "Gazette" is disabled and will be skipped',
        'sources: every source is disabled, so briefings will be empty',
      ]);
    });

    it('warns about a keyword of two topics, in any case, naming the topic that wins', () => {
      const topics = [
        { name: 'Energy', keywords: ['Oil', 'gas'] },
        { name: 'Markets', keywords: ['stocks', 'oil'] },
      ];
      expect(validateConfig({ ...minimal, topics }).warnings).toEqual([
        'topics[1].keywords[1]: "oil" is also a keyword of "Energy", which comes first and wins',
      ]);
    });

    it('does not warn about a keyword repeated within one topic', () => {
      expect(validateConfig({ ...minimal, topics: [{ name: 'Energy', keywords: ['oil', 'OIL'] }] }).warnings).toEqual([]);
    });
  });
});

describe('formatJsonPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatJsonPath(['sources', 2, 'url'])).toBe('sources[2].url');
    expect(formatJsonPath(['delivery', 'email', 'to', 0])).toBe('delivery.email.to[0]');
    expect(formatJsonPath(['topics', 1, 'keywords', 3])).toBe('topics[1].keywords[3]');
  });

  it('starts with an index when the root is an array', () => {
    expect(formatJsonPath([0, 'name'])).toBe('[0].name');
  });

  it('calls the empty path (root)', () => {
    expect(formatJsonPath([])).toBe('(root)');
  });
});

describe('validateConfig: reading budget and feed address', () => {
  it('accepts briefing.readingMinutes and delivery.feedBaseUrl, and has no default for either', () => {
    const { config } = validateConfig({ ...minimal, briefing: { readingMinutes: 10 }, delivery: { feedBaseUrl: 'https://news.example.org/briefings/' } });
    expect(config?.briefing.readingMinutes).toBe(10);
    expect(config?.delivery.feedBaseUrl).toBe('https://news.example.org/briefings/');
    expect(validateConfig(minimal).config?.briefing).not.toHaveProperty('readingMinutes');
    expect(validateConfig(minimal).config?.delivery).not.toHaveProperty('feedBaseUrl');
  });

  it('refuses a budget that is not a positive number and a feed address that is not http(s)', () => {
    expect(errorsOf({ ...minimal, briefing: { readingMinutes: 0 } })).toEqual([expect.stringMatching(/^briefing\.readingMinutes: /)]);
    expect(errorsOf({ ...minimal, briefing: { readingMinutes: '10' } })).toEqual(['briefing.readingMinutes: must be a number, not the string "10"']);
    expect(errorsOf({ ...minimal, delivery: { feedBaseUrl: 'ftp://news.example.org/' } })).toEqual([
      'delivery.feedBaseUrl: must be the http(s) address the archive folder is published at',
    ]);
  });
});
