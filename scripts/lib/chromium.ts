/**
 * Chromium for the browser tests: Debian's package, driven by playwright-core through executablePath
 * (playwright's own browser downloads are not used).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const INSTALL_HINT = 'Chromium is required for the browser tests: apt-get install -y chromium';

/**
 * The Chromium executable. When it is missing and we run as root (CI containers), installs Debian's
 * package; otherwise says which package to install.
 */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (process.getuid?.() !== 0) throw new Error(INSTALL_HINT);

  const install = () =>
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    install();
  } catch {
    // Usually a stale or empty package index: refresh it and try once more.
    try {
      execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'pipe'] });
      install();
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
      throw new Error(`${INSTALL_HINT}\n(Installing it failed${stderr ? `: ${stderr}` : ''})`);
    }
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${INSTALL_HINT}\n(apt-get finished, but ${CHROMIUM_PATH} is missing)`);
  return CHROMIUM_PATH;
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
