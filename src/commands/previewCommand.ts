import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { briefingDate } from '../briefingDate.js';
import { loadConfig } from '../config/load.js';
import { archivePaths } from '../deliver/writeArchive.js';
import { EXIT } from '../exitCodes.js';

export interface PreviewOptions {
  config: string;
  date?: string;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Serve the archive over HTTP (default), or only print where the file is. */
  serve: boolean;
  /** Make the briefing again even when that date is archived. */
  refresh?: boolean;
}

export interface PreviewIo {
  err: (text: string) => void;
  /** Called with the running server, so tests can stop it; the CLI waits for Ctrl-C instead. */
  onServing?: (server: Server, url: string) => void;
}

/**
 * `briefing preview [DATE]`: makes the briefing for a date without sending it (unless that date is
 * already archived: an archived briefing is the record of what was sent and is not overwritten
 * without --refresh), then serves the archive on 127.0.0.1 for a person to look at.
 */
export async function previewCommand(options: PreviewOptions, io: PreviewIo = { err: (text) => process.stderr.write(text) }): Promise<number> {
  const { config } = await loadConfig(path.resolve(options.config));
  const date = options.date ?? briefingDate(new Date(), config.briefing.timezone);
  const archiveDir = config.delivery.archiveDir;
  const files = archivePaths(archiveDir, date);
  if (options.refresh || !existsSync(files.html)) {
    const { runBriefing } = await import('../pipeline.js');
    const result = await runBriefing(config, { date, send: false });
    io.err(`Made the briefing of ${date}: ${result.briefing.stats.stories} stories from ${result.briefing.stats.articles} articles (not sent).\n`);
    for (const warning of result.warnings) io.err(`warning: ${warning}\n`);
  } else {
    io.err(`Showing the archived briefing of ${date} (--refresh makes it again).\n`);
  }
  if (!options.serve) {
    io.err(`${pathToFileURL(files.html).href}\n`);
    return EXIT.ok;
  }
  const server = await serveArchive(archiveDir, options.port);
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/${date}.html`;
  io.err(`Serving ${url} (all briefings: http://127.0.0.1:${port}/). Press Ctrl-C to stop.\n`);
  if (io.onServing) io.onServing(server, url);
  else {
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => {
        server.close(() => {
          resolve();
        });
      });
    });
  }
  return EXIT.ok;
}

/** A static file server for the archive folder, on the loopback interface only. */
export async function serveArchive(archiveDir: string, port: number): Promise<Server> {
  const serve = sirv(archiveDir, { dev: true, etag: true });
  const server = createServer((request, response) => {
    serve(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
