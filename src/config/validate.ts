import type { z } from 'zod';
import { configSchema, type ParsedConfig } from './schema.js';

export interface ValidationResult {
  /** Present only when there are no errors. */
  config?: ParsedConfig;
  /** Every problem, each starting with its JSON path (`sources[2].url: …`). */
  errors: string[];
  /** Things that work but are probably not what the user meant. */
  warnings: string[];
}

/** Checks a parsed sources.json. Never throws: every problem comes back at once. */
export function validateConfig(json: unknown): ValidationResult {
  // Without reportInput, Zod 4 leaves `issue.input` out, and every wrong type would read "is required".
  const result = configSchema.safeParse(json, { reportInput: true });
  if (!result.success) {
    return { errors: result.error.issues.map(formatIssue), warnings: [] };
  }
  return { config: result.data, errors: [], warnings: collectWarnings(result.data) };
}

/** `['sources', 2, 'url']` → `sources[2].url`; the root is `(root)`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const path = formatJsonPath(issue.path);
  return `${path}: ${describeIssue(issue)}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'int' ? 'integer' : issue.expected;
      return issue.input === undefined
        ? `is required (expected ${expected})`
        : `must be ${article(expected)} ${expected}, not ${describeValue(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling; sources.schema.json lists the keys)`;
    case 'too_small':
      if (issue.origin === 'array') return issue.message.startsWith('Too small') ? `needs at least ${String(issue.minimum)} item(s)` : issue.message;
      return issue.message.startsWith('Too small') ? `must be at least ${String(issue.minimum)}` : issue.message;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : typeof value === 'number' || typeof value === 'boolean' ? `${typeof value} ${String(value)}` : typeof value;
}

function collectWarnings(config: ParsedConfig): string[] {
  const warnings: string[] = [];
  config.sources.forEach((source, index) => {
    if (!source.enabled) warnings.push(`sources[${index}]: "${source.name}" is disabled and will be skipped`);
  });
  if (config.sources.every((source) => !source.enabled)) {
    warnings.push('sources: every source is disabled, so briefings will be empty');
  }
  const owner = new Map<string, string>();
  config.topics.forEach((topic, index) => {
    topic.keywords.forEach((keyword, k) => {
      const key = keyword.toLocaleLowerCase();
      const first = owner.get(key);
      if (first !== undefined && first !== topic.name) {
        warnings.push(`topics[${index}].keywords[${k}]: "${keyword}" is also a keyword of "${first}", which comes first and wins`);
      } else owner.set(key, topic.name);
    });
  });
  return warnings;
}
