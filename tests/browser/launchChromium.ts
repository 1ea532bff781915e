import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, the one browser that runs here (downloaded ones do not: ARCHITECTURE.md), with
 * fonts-noto-core to draw Arabic. Screenshots go to test-artifacts/ for a person to look at.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
export const SKIP_BROWSER = process.env.BRIEFING_SKIP_BROWSER === '1';

/** Starts headless Chromium, or says how to install it (or skip the browser tests) when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing, so the email cannot be checked in a browser. Install it with ` +
        '`sudo apt-get install chromium fonts-noto-core` (fonts-noto-core draws the Arabic), ' +
        'or set BRIEFING_SKIP_BROWSER=1 to skip this test.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
