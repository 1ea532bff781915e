import { z } from 'zod';
import { parse as parseSelector } from 'css-what';
import { translatePattern } from '../clean/translatePattern.js';

// A pattern the run could not use, with the reason: invalid, or beyond the linear-time engine.
function checkPattern(pattern: string, context: z.RefinementCtx): void {
  const translated = translatePattern(pattern);
  if ('problem' in translated) context.addIssue({ code: 'custom', message: translated.problem });
}

function isSelector(selector: string): boolean {
  try {
    parseSelector(selector);
    return true;
  } catch {
    return false;
  }
}

/**
 * A user's own cleaning rules, in `cleaning` at the top level (for every source) and per source
 * (added to the global ones). Each removal is reported under its own rule name, so `briefing
 * explain` shows which user rule took a block out.
 */
export const cleaningSchema = z
  .strictObject({
    removeLines: z
      .array(z.string().trim().min(1, 'must not be empty'))
      .default([])
      .describe('Lines equal to one of these phrases are removed (case and Arabic spelling variants ignored). Rule: user-line.'),
    removePatterns: z
      .array(z.string().min(1, 'must not be empty').superRefine(checkPattern))
      .default([])
      .describe(
        'Regular expressions (JavaScript syntax, case-insensitive); a line that matches one is removed. They run on a linear-time engine (RE2), so lookahead, lookbehind and backreferences are refused. Rule: user-pattern.',
      ),
    removeSelectors: z
      .array(z.string().min(1, 'must not be empty').refine(isSelector, { message: 'is not a valid CSS selector' }))
      .default([])
      .describe('CSS selectors of HTML elements to remove before the article is looked for. Rule: user-selector.'),
  })
  .describe('Your own boilerplate rules, added to the built-in ones.');

export type CleaningConfig = z.output<typeof cleaningSchema>;
