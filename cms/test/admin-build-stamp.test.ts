/**
 * The admin build's stamp (scripts/build-admin.ts): `npm start` and the admin browser tests skip
 * `strapi build` only when the build in dist/build was made from the same sources.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adminBuildStamp, decideAdminBuild, readAdminBuildSources, type AdminBuildSources } from '../scripts/build-admin';

const sources = (change: Partial<AdminBuildSources> = {}): AdminBuildSources => ({
  strapiVersion: '@strapi/strapi 5.54.0, @strapi/admin 5.54.0',
  files: { 'package.json': '{"name":"cms"}', 'config/admin.ts': 'export default {}', 'src/admin/app.tsx': 'export default { config: {} };' },
  inlined: { STRAPI_TELEMETRY_DISABLED: 'true' },
  ...change,
});
const built = (from: AdminBuildSources) => ({ stamp: JSON.stringify(adminBuildStamp(from)), hasIndex: true });

describe('the admin build decision', () => {
  it('skips the build when a complete build carries the same stamp', () => {
    expect(decideAdminBuild(adminBuildStamp(sources()), built(sources()))).toEqual({ build: false });
  });

  it('builds when there is no build, no stamp or an unreadable stamp', () => {
    const wanted = adminBuildStamp(sources());
    expect(decideAdminBuild(wanted, { stamp: JSON.stringify(wanted), hasIndex: false })).toMatchObject({ build: true, reason: 'there is no admin build yet' });
    expect(decideAdminBuild(wanted, { stamp: null, hasIndex: true })).toMatchObject({ build: true });
    // The stamp of the earlier test helper: a bare hash.
    expect(decideAdminBuild(wanted, { stamp: wanted.hash, hasIndex: true })).toMatchObject({ build: true });
  });

  it.each([
    ['a file under src/admin', sources({ files: { ...sources().files, 'src/admin/app.tsx': 'export default { config: { locales: [] } };' } }), 'src/admin/app.tsx'],
    ['a new file under src/admin', sources({ files: { ...sources().files, 'src/admin/site-build/Panel.tsx': 'export {}' } }), 'src/admin/site-build/Panel.tsx'],
    ['config/admin.ts', sources({ files: { ...sources().files, 'config/admin.ts': 'export default { url: "/cms" }' } }), 'config/admin.ts'],
    ['package.json', sources({ files: { ...sources().files, 'package.json': '{"name":"cms","browserslist":["last 1 version"]}' } }), 'package.json'],
    ['the installed Strapi', sources({ strapiVersion: '@strapi/strapi 5.55.0, @strapi/admin 5.55.0' }), 'strapi'],
    ['an inlined STRAPI_ADMIN_ value', sources({ inlined: { ...sources().inlined, STRAPI_ADMIN_MAP_KEY: 'abc' } }), 'env STRAPI_ADMIN_MAP_KEY'],
    ['telemetry', sources({ inlined: { STRAPI_TELEMETRY_DISABLED: 'false' } }), 'env STRAPI_TELEMETRY_DISABLED'],
  ])('rebuilds when %s changed, and says which', (_what, changed, input) => {
    const decision = decideAdminBuild(adminBuildStamp(changed), built(sources()));
    expect(decision.build).toBe(true);
    expect(decision.build && decision.reason).toContain(input);
  });

  it('a removed file changes the stamp too', () => {
    const { 'src/admin/app.tsx': _removed, ...rest } = sources().files;
    expect(adminBuildStamp(sources({ files: rest })).hash).not.toBe(adminBuildStamp(sources()).hash);
  });

  it('the order the files were listed in does not matter', () => {
    const reversed = Object.fromEntries(Object.entries(sources().files).reverse());
    expect(adminBuildStamp(sources({ files: reversed })).hash).toBe(adminBuildStamp(sources()).hash);
  });
});

describe('what the admin build is read from', () => {
  const cmsDir = path.resolve(__dirname, '..');
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'admin-stamp-'));
  const copies: string[] = [];
  afterAll(() => {
    for (const dir of [scratch, ...copies]) rmSync(dir, { recursive: true, force: true });
  });
  const noEnvFile = path.join(scratch, 'none.env');

  it('reads src/admin, config/admin.ts and package.json of this CMS', () => {
    const read = readAdminBuildSources(cmsDir, { ENV_PATH: noEnvFile });
    expect(Object.keys(read.files)).toEqual(expect.arrayContaining(['package.json', 'config/admin.ts', 'config/server.ts', 'src/admin/app.tsx']));
    expect(read.strapiVersion).toMatch(/^@strapi\/strapi 5\.\d+\.\d+/);
  });

  it('picks up STRAPI_ADMIN_* values from the environment and from the env file, the environment winning', () => {
    const envFile = path.join(scratch, 'cms.env');
    writeFileSync(envFile, 'STRAPI_ADMIN_FROM_FILE=file\nSTRAPI_ADMIN_BOTH=file\nAPP_KEYS=secret\n');
    const read = readAdminBuildSources(cmsDir, { ENV_PATH: envFile, STRAPI_ADMIN_BOTH: 'environment', PUBLIC_URL: 'https://cms.example.org' });
    expect(read.inlined).toMatchObject({ STRAPI_ADMIN_FROM_FILE: 'file', STRAPI_ADMIN_BOTH: 'environment', PUBLIC_URL: 'https://cms.example.org' });
    // Only what the bundle inlines: a secret never reaches the stamp, and changing it does not rebuild.
    expect(read.inlined).not.toHaveProperty('APP_KEYS');
  });

  it('a changed file under src/admin changes the stamp of a real checkout', () => {
    // A copy of the parts the stamp reads, in the CMS's scratch folder (git-ignored) so the
    // installed Strapi is found from it; the checkout's own sources are never touched.
    mkdirSync(path.join(cmsDir, '.tmp'), { recursive: true });
    const copy = mkdtempSync(path.join(cmsDir, '.tmp', 'admin-stamp-'));
    copies.push(copy);
    mkdirSync(path.join(copy, 'src', 'admin'), { recursive: true });
    mkdirSync(path.join(copy, 'config'), { recursive: true });
    writeFileSync(path.join(copy, 'package.json'), '{"name":"cms-copy"}');
    writeFileSync(path.join(copy, 'config', 'admin.ts'), 'export default {};');
    writeFileSync(path.join(copy, 'src', 'admin', 'app.tsx'), 'export default {};');
    const env = { ENV_PATH: noEnvFile };
    const before = adminBuildStamp(readAdminBuildSources(copy, env));
    expect(adminBuildStamp(readAdminBuildSources(copy, env)).hash).toBe(before.hash);
    writeFileSync(path.join(copy, 'src', 'admin', 'app.tsx'), 'export default { config: {} };');
    const after = adminBuildStamp(readAdminBuildSources(copy, env));
    expect(decideAdminBuild(after, { stamp: JSON.stringify(before), hasIndex: true })).toEqual({ build: true, reason: 'changed since the last build: src/admin/app.tsx' });
  });
});
