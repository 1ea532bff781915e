import cron, { type CronFieldError } from 'node-cron';

const FIELDS: Readonly<Record<string, string>> = {
  second: 'second (0–59)',
  minute: 'minute (0–59)',
  hour: 'hour (0–23)',
  dayOfMonth: 'day of the month (1–31)',
  month: 'month (1–12 or jan–dec)',
  dayOfWeek: 'day of the week (0–7 or sun–sat)',
};

/**
 * Why `briefing schedule` would refuse a cron expression, or undefined when it runs it. The
 * verdict is node-cron's own `validate`, the call the scheduler makes, so `briefing check` and
 * `briefing schedule` cannot disagree; node-cron's detailed validation only words the reason.
 */
export function checkCronExpression(expression: string): string | undefined {
  if (cron.validate(expression)) return undefined;
  const reasons = expression.trim() === '' ? ['it is empty'] : cron.validateDetailed(expression).errors.map(describeCronError);
  const detail = reasons.length > 0 ? `: ${reasons.join('; ')}` : '';
  return `is not a valid cron expression${detail} (minute hour day-of-month month day-of-week, seconds optionally first; e.g. "0 7 * * 1-5")`;
}

function describeCronError({ field, value, message }: CronFieldError): string {
  const fields = /^expected 5 or 6 fields but got (\d+)/u.exec(message);
  if (fields) return `has ${fields[1]} field${fields[1] === '1' ? '' : 's'}, not 5 or 6`;
  if (message.includes('illegal characters')) return 'has a character that cron does not use, such as a tab or a line break';
  const impossible = /^(\S+) (\S+) is an impossible day/u.exec(message);
  if (impossible) return `day ${impossible[1]} never comes in month ${impossible[2]}`;
  const name = FIELDS[field];
  return name && value !== undefined ? `"${value}" is not a valid ${name}` : message;
}
