/**
 * Chromium for the browser tests: Debian's package, driven by playwright-core through executablePath
 * (playwright's own browser downloads are not used).
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { ensureDebianProgram } from './debian-package';

const CHROMIUM_PATH = '/usr/bin/chromium';

/** The Chromium executable, installed from Debian's package when missing (as root). */
function ensureChromium(): string {
  return ensureDebianProgram(CHROMIUM_PATH, 'chromium');
}

/** Headless Chromium, quiet on the network (no updates, sync or QUIC probes). */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    ...options,
    executablePath: ensureChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.args ?? []),
    ],
  });
}
