import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Makes sure a program from Debian's packages is installed, installing the package when the
 * tests run as root (as in CI); otherwise fails saying what to install.
 */
export function ensureDebianProgram(program: string, debianPackage: string): string {
  const found = (() => {
    if (program.startsWith('/')) return existsSync(program) ? program : null;
    const result = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' });
    return result.status === 0 ? result.stdout.trim() : null;
  })();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error(`${program} is needed by these tests and is not installed. Install it with: sudo apt-get install -y ${debianPackage}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', debianPackage], { env, stdio: 'inherit' }).status === 0;
  if (!install()) {
    execFileSync('apt-get', ['update'], { env, stdio: 'inherit' });
    if (!install()) throw new Error(`Could not install ${debianPackage} with apt-get; install it by hand.`);
  }
  return ensureDebianProgram(program, debianPackage);
}
