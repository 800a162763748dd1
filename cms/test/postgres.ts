/**
 * A throwaway PostgreSQL cluster for the test suite: initdb into a temp dir, start on a free port,
 * tear down after. Uses Debian's server binaries and installs them when missing.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installDebianPackage } from '../../scripts/test/support/debian-package';
import { freePort } from '../../scripts/test/support/ports';

const POSTGRES_ROOT = '/usr/lib/postgresql';

function findServerBinaries(): string | null {
  if (!existsSync(POSTGRES_ROOT)) return null;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((version) => existsSync(path.join(POSTGRES_ROOT, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  const preferred = versions.includes('15') ? '15' : versions[0];
  return preferred ? path.join(POSTGRES_ROOT, preferred, 'bin') : null;
}

export type PostgresCluster = { url: string; stop: () => void };

export async function startPostgres(): Promise<PostgresCluster> {
  let bin = findServerBinaries();
  if (!bin) {
    installDebianPackage(['postgresql-15', 'postgresql'], 'The PostgreSQL server');
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
