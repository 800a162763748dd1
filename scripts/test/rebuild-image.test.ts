/**
 * The rebuild service's image (scripts/rebuild/Dockerfile) installs only what it runs: its own
 * workspace, the site it builds and the contract the site imports. No Strapi, no native toolchain.
 * Docker is not needed: the install is read from the Dockerfile and resolved in package-lock.json
 * the way npm lays out node_modules.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_DIR } from '../rebuild/env-file';

const read = (file: string) => readFileSync(path.join(REPO_DIR, file), 'utf8');
const DOCKERFILE = 'scripts/rebuild/Dockerfile';

type LockEntry = {
  name?: string;
  link?: boolean;
  resolved?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, LockEntry> };

/** The `npm ci` of the Dockerfile: the workspaces it names and its other flags. */
function npmCiOfDockerfile(): { workspaces: string[]; flags: string[] } {
  const line = read(DOCKERFILE)
    .split('\n')
    .find((candidate) => /^RUN .*npm ci/.test(candidate));
  if (!line) throw new Error(`${DOCKERFILE} runs no npm ci`);
  const words = line.replace(/^RUN\s+/, '').split(/\s+/);
  const workspaces: string[] = [];
  const flags: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    if (words[index] === '--workspace' || words[index] === '-w') workspaces.push(words[++index]);
    else if (words[index].startsWith('--workspace=')) workspaces.push(words[index].slice('--workspace='.length));
    else if (words[index].startsWith('-')) flags.push(words[index]);
  }
  return { workspaces, flags };
}

/** The folder (lockfile key) of a workspace named by its package name. */
function workspaceFolder(name: string): string {
  const folder = Object.keys(lock.packages).find((key) => !key.includes('node_modules') && key !== '' && lock.packages[key].name === name);
  if (!folder) throw new Error(`package-lock.json has no workspace named ${name}`);
  return folder;
}

/** Where node finds `dependency` from the package installed at `from` (lockfile keys): the nearest node_modules up. */
function resolveFrom(from: string, dependency: string): string | undefined {
  for (let dir = from; ; ) {
    const key = dir ? `${dir}/node_modules/${dependency}` : `node_modules/${dependency}`;
    if (lock.packages[key]) return key;
    if (!dir) return undefined;
    const at = dir.lastIndexOf('node_modules/');
    dir = at <= 0 ? '' : dir.slice(0, at - 1);
  }
}

/** Every lockfile entry `npm ci` installs for these workspaces (npm installs their devDependencies too). */
function installedPackages(workspaces: string[]): Set<string> {
  const installed = new Set<string>();
  const queue = workspaces.map(workspaceFolder);
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (installed.has(key)) continue;
    installed.add(key);
    const entry = lock.packages[key];
    if (entry.link && entry.resolved) {
      queue.push(entry.resolved);
      continue;
    }
    const isWorkspace = !key.includes('node_modules');
    const optionalPeers = new Set(Object.entries(entry.peerDependenciesMeta ?? {}).filter(([, meta]) => meta.optional).map(([name]) => name));
    const names = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((name) => !optionalPeers.has(name)),
      ...(isWorkspace ? Object.keys(entry.devDependencies ?? {}) : []),
    ];
    for (const name of names) {
      const found = resolveFrom(key, name);
      if (found) queue.push(found);
      else if (!entry.optionalDependencies?.[name]) throw new Error(`${key} needs ${name}, which package-lock.json does not hold`);
    }
  }
  return installed;
}

const packageName = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('the rebuild service image', () => {
  const { workspaces, flags } = npmCiOfDockerfile();

  it('is the one docker-compose.yml builds for the rebuild service', () => {
    const compose = parse(read('docker-compose.yml'));
    expect(compose.services.rebuild.build).toEqual({ context: '.', dockerfile: DOCKERFILE });
  });

  it('installs only the rebuild, site and shared workspaces, without the root dev tools', () => {
    expect(workspaces.sort()).toEqual(['@mbc/rebuild', '@mbc/shared', '@mbc/site']);
    expect(flags).toContain('--include-workspace-root=false');
  });

  it('installs no Strapi and nothing that needs compiling (better-sqlite3), so it needs no python3, make or g++', () => {
    const installed = [...installedPackages(workspaces)].filter((key) => key.includes('node_modules/')).map(packageName);
    expect(installed).toContain('astro');
    expect(installed).toContain('htmlparser2');
    expect(installed.filter((name) => name.startsWith('@strapi/') || name === 'better-sqlite3')).toEqual([]);
    expect(read(DOCKERFILE)).not.toMatch(/apt-get|python3|\bmake\b|g\+\+/);
  });

  it('copies every manifest npm ci checks the lockfile against, and the files it runs', () => {
    const copied = [...read(DOCKERFILE).matchAll(/^COPY\s+(.+)\s+\S+$/gm)].flatMap((match) => match[1].split(/\s+/));
    for (const source of copied) expect(existsSync(path.join(REPO_DIR, source)), source).toBe(true);
    const workspacesOfRoot = (JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces;
    for (const folder of workspacesOfRoot) expect(copied, `${folder}/package.json`).toContain(`${folder}/package.json`);
    expect(copied).toEqual(expect.arrayContaining(['site', 'scripts/rebuild']));
    expect(read(DOCKERFILE)).toMatch(/^CMD \["npx", "tsx", "scripts\/rebuild\/main.ts"/m);
  });

  it('leaves the CMS image able to run npm ci too: it copies every workspace manifest, the new one included', () => {
    const copied = [...read('cms/Dockerfile').matchAll(/^COPY\s+(.+)\s+\S+$/gm)].flatMap((match) => match[1].split(/\s+/));
    for (const folder of (JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces) expect(copied).toContain(`${folder}/package.json`);
  });

  it('runs code that imports only its own files, Node built-ins and the dependencies its package.json lists', () => {
    const dir = path.join(REPO_DIR, 'scripts', 'rebuild');
    const manifest = JSON.parse(read('scripts/rebuild/package.json')) as { dependencies: Record<string, string> };
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.includes('node_modules'))
      // Its tests and their config run in development, with the repository's dev dependencies.
      .filter((file) => !file.startsWith(`test${path.sep}`) && file !== 'vitest.config.ts');
    const problems: string[] = [];
    for (const file of sources) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const [, specifier] of text.matchAll(/^(?:import|export)\s(?!type\b)[^'"]*from\s+'([^']+)'/gm)) {
        if (specifier.startsWith('./')) continue;
        if (specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        if (specifier.startsWith('.')) problems.push(`${file} imports ${specifier}, outside the workspace`);
        else if (!manifest.dependencies[name]) problems.push(`${file} imports ${name}, not in scripts/rebuild/package.json dependencies`);
      }
    }
    expect(problems).toEqual([]);
  });
});
