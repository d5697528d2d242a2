/**
 * Launches the system Chromium (Debian package `chromium`) through playwright-core.
 * There is no fallback and no skipping: without Chromium the browser tests fail and say why.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every browser test uses: headless, no sandbox (CI runs as root), no background traffic. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function requireChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it with "apt-get install -y chromium" ` +
        '(or set CHROMIUM_PATH). The browser tests cannot run without it.',
    );
  }
}

export async function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Chromium as a server on 127.0.0.1 that test files connect to (chromium-global.ts). */
export async function launchChromiumServer(): Promise<BrowserServer> {
  requireChromium();
  return chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs, host: '127.0.0.1' });
}

/** Connects to the Chromium that `launchChromiumServer` started; closing it disconnects. */
export const connectChromium = (endpoint: string): Promise<Browser> => chromium.connect(endpoint);
