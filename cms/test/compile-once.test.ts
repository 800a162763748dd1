import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serverSourcesHash } from '../scripts/compile.mjs';

describe('compiling the CMS only when its server sources changed (scripts/compile.mjs)', () => {
  let appDir = '';
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(appDir, file)), { recursive: true });
    writeFileSync(path.join(appDir, file), text);
  };
  const hash = (strapiVersion = '5.54.0'): string => serverSourcesHash(appDir, strapiVersion);

  afterEach(() => rmSync(appDir, { recursive: true, force: true }));

  it('changes with a file under src/ or config/, package.json or the Strapi version, and not with the admin panel or tests', () => {
    appDir = mkdtempSync(path.join(os.tmpdir(), 'compile-hash-'));
    write('package.json', '{}');
    write('tsconfig.json', '{}');
    write('src/index.ts', 'export default {};');
    write('config/server.ts', 'export default {};');
    const before = hash();
    expect(hash()).toBe(before);

    write('src/admin/app.tsx', 'export default {};');
    write('test/a.test.ts', '');
    expect(hash()).toBe(before);

    write('src/api/x/routes/x.ts', 'export default [];');
    const withRoute = hash();
    expect(withRoute).not.toBe(before);
    write('config/server.ts', 'export default { port: 1 };');
    expect(hash()).not.toBe(withRoute);
    const now = hash();
    write('package.json', '{"name":"cms"}');
    expect(hash()).not.toBe(now);
    expect(hash('5.55.1')).not.toBe(hash('5.54.0'));
  });
});
