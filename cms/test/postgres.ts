/**
 * A throwaway PostgreSQL cluster for the test suite: initdb into a temp dir, start on a free port,
 * tear down after. Uses Debian's server binaries and installs them when missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const POSTGRES_ROOT = '/usr/lib/postgresql';

function findServerBinaries(): string | null {
  if (!existsSync(POSTGRES_ROOT)) return null;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((version) => existsSync(path.join(POSTGRES_ROOT, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  const preferred = versions.includes('15') ? '15' : versions[0];
  return preferred ? path.join(POSTGRES_ROOT, preferred, 'bin') : null;
}

function installServer(): void {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'PostgreSQL server binaries are missing and the tests are not running as root. Install them with: sudo apt-get install -y postgresql-15',
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const tryInstall = (...packages: string[]) =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env, stdio: 'inherit' }).status === 0;
  if (tryInstall('postgresql-15') || tryInstall('postgresql')) return;
  spawnSync('apt-get', ['update'], { env, stdio: 'inherit' });
  if (!tryInstall('postgresql-15') && !tryInstall('postgresql')) {
    throw new Error('Could not install PostgreSQL with apt-get (tried postgresql-15 and postgresql). Install it by hand: apt-get install -y postgresql-15');
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type PostgresCluster = { url: string; stop: () => void };

export async function startPostgres(): Promise<PostgresCluster> {
  let bin = findServerBinaries();
  if (!bin) {
    installServer();
    bin = findServerBinaries();
    if (!bin) throw new Error(`PostgreSQL was installed but no initdb was found under ${POSTGRES_ROOT}/*/bin.`);
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cms-test-pg-'));
  // PostgreSQL refuses to run as root; as root, run it as Debian's postgres user.
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const [file, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin!, command), ...args]] : [path.join(bin!, command), args];
    execFileSync(file, fullArgs, { stdio: 'pipe' });
  };
  if (asRoot) {
    const postgresUser = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const postgresGroup = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(dataDir, Number(postgresUser), Number(postgresGroup));
  }
  const port = await freePort();
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync']);
  run('pg_ctl', ['-D', dataDir, '-w', '-l', path.join(dataDir, 'server.log'), '-o', `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'cms_test']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/cms_test`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
