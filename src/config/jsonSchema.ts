import { z } from 'zod';
import { configSchema } from './schema.js';

/**
 * The JSON Schema of sources.json, generated from the same zod schema that validates it, so
 * editors autocomplete exactly what `briefing check` accepts. Input side: keys with defaults are
 * optional.
 */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://daily-briefing.example/sources.schema.json',
    title: 'Daily Briefing sources.json',
    // VS Code's extension keyword: comments are allowed in sources.json (`briefing init` writes some).
    allowComments: true,
  };
}
