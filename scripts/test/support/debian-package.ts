/**
 * The one installer of Debian packages for the test suites (Chromium, PostgreSQL, Java for vnu,
 * nginx…): installs when the tests run as root (as in CI), otherwise fails saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const APT_ENV = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };

/**
 * Installs the first of `packages` that apt-get can install (a versioned name, then the generic
 * one), refreshing the package index once if none installs. `needed` names what the tests lack.
 */
export function installDebianPackage(packages: string[], needed: string): void {
  const hint = `install it with: sudo apt-get install -y ${packages[0]}`;
  if (process.getuid?.() !== 0) throw new Error(`${needed} is needed by these tests and is not installed; ${hint}`);
  const install = () =>
    packages.some((name) => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', name], { env: APT_ENV, stdio: 'inherit' }).status === 0);
  if (install()) return;
  // Usually a stale or empty package index: refresh it and try once more.
  spawnSync('apt-get', ['update'], { env: APT_ENV, stdio: 'inherit' });
  if (!install()) throw new Error(`Could not install ${needed} with apt-get (tried ${packages.join(', ')}); ${hint}`);
}

/** The path of `program` (a name on PATH or an absolute path), installing its Debian package when missing. */
export function ensureDebianProgram(program: string, debianPackage: string | string[]): string {
  const find = (): string | null => {
    if (program.startsWith('/')) return existsSync(program) ? program : null;
    const result = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', program], { encoding: 'utf8' });
    return result.status === 0 ? result.stdout.trim() : null;
  };
  const found = find();
  if (found) return found;
  const packages = typeof debianPackage === 'string' ? [debianPackage] : debianPackage;
  installDebianPackage(packages, program);
  const installed = find();
  if (!installed) throw new Error(`apt-get installed ${packages.join(' or ')}, but ${program} is still missing.`);
  return installed;
}
