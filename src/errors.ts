import { hostname } from 'node:os';

/**
 * Errors split by who has to act (the habit of changesets' `packages/errors`):
 * the user fixes a ConfigError, a SourceError is reported in the briefing and the run goes on,
 * a DeliveryError keeps the archive and asks for a retry, an EnvironmentError is the machine's
 * (disk, permissions), an InternalError is a bug.
 * Only `cli.ts` turns them into exit codes.
 */

/** The configuration is wrong: the message says what to fix; no stack trace is shown. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    /** Every problem found, each starting with its JSON path. */
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

/** One source could not be read: reported in the briefing's `sources`, the rest goes on. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    readonly source: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The briefing was archived but not (fully) delivered: try again later. */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
}

/**
 * Another run of the same config holds the run lock (`<stateDir>/run.lock`): nothing is wrong,
 * the user (or the scheduler) tries again when it ends. Message only, no stack trace.
 */
export class AlreadyRunningError extends Error {
  override readonly name = 'AlreadyRunningError';
  constructor(
    /** The holder of the lock, as written in the lock file. */
    readonly holder: { pid: number; hostname: string; startedAt: string },
    readonly lockFile: string,
  ) {
    // The host matters only when the state folder is shared (a network drive): then say which one.
    const where = holder.hostname === '' || holder.hostname === hostname() ? '' : ` on ${holder.hostname}`;
    const started = holder.startedAt.replace(/\.\d{3}Z$/, 'Z');
    super(`another briefing run is in progress (pid ${holder.pid}${where}, started ${started}); try again when it ends`);
  }
}

/**
 * The machine is the problem, not the config nor our code: a folder that cannot be written, a full
 * disk, a path that is a file where a folder is needed. The message names the path and the cause;
 * no stack trace is shown.
 */
export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
  constructor(
    message: string,
    /** The file or folder at fault. */
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Something that should never happen: a bug to report. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

/** A one-line, human message for any thrown value, including the chain of causes. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    const message = current instanceof Error ? current.message : typeof current === 'string' ? current : JSON.stringify(current);
    if (message && !parts.some((part) => part.includes(message))) parts.push(message);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(': ') || 'unknown error';
}
