/**
 * The exit codes of the `briefing` command, documented in the README, docs/commands.md and `briefing run --help`.
 * Commands return one of these; only cli.ts hands it to the process.
 */
export const EXIT = { ok: 0, internal: 1, config: 2, delivery: 3, noArticles: 4, running: 5, environment: 6 } as const;
