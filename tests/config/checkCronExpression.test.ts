import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { checkCronExpression } from '../../src/config/checkCronExpression.js';

/** Whether node-cron makes a task of the expression, as `briefing schedule` asks it to. */
function schedulable(expression: string): boolean {
  try {
    void cron.createTask(expression, () => undefined).destroy();
    return true;
  } catch {
    return false;
  }
}

describe('checkCronExpression', () => {
  // Issue 26: `check` passed "61 7 * * *", and `schedule` refused it.
  it('accepts exactly the expressions node-cron can schedule', () => {
    const expressions = [
      '0 7 * * *', '0 7 * * 1-5', '*/15 * * * *', '0 0 7 * * *', '*/30 0 7 * * 1-5', '0 7 * * mon-fri', '0 7 1,15 * *', '@daily',
      '61 7 * * *', '* * * *', '0 25 * * *', '0 7 32 * *', '0 7 * 13 *', '0 7 * * 8', '60 0 7 * * *', '0 7 30 2 *', '0 0 0 7 * * *', 'every morning', '',
    ];
    expect(expressions.filter((expression) => checkCronExpression(expression) === undefined)).toEqual(expressions.filter(schedulable));
    expect(expressions.filter(schedulable)).toHaveLength(8);
  });

  it('says which field is wrong and what it takes', () => {
    expect(checkCronExpression('0 7 * * 8')).toBe(
      'is not a valid cron expression: "8" is not a valid day of the week (0–7 or sun–sat) (minute hour day-of-month month day-of-week, seconds optionally first; e.g. "0 7 * * 1-5")',
    );
  });
});
