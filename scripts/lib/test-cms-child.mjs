// The processes started by scripts/lib/test-cms.ts (configuration comes from the environment):
//   node test-cms-child.mjs compile <appDir>           compiles the CMS; prints {"appDir","distDir"} last
//   node test-cms-child.mjs start <appDir> <distDir>   runs the compiled CMS
// Compiling here rather than in the caller matters: Strapi exits the process on a TypeScript error.
import { createRequire } from 'node:module';
import path from 'node:path';

const [command, appDir, distDir] = process.argv.slice(2);
const usage = 'usage: node test-cms-child.mjs compile <appDir> | start <appDir> <distDir>';
if (!appDir || (command !== 'compile' && command !== 'start') || (command === 'start' && !distDir)) {
  console.error(usage);
  process.exit(2);
}

// Strapi's ESM build does not load under Node's ESM resolver; use its CommonJS build, as the CMS does.
const requireFromCms = createRequire(path.join(appDir, 'package.json'));
const { compileStrapi, createStrapi } = requireFromCms('@strapi/strapi');

try {
  if (command === 'compile') {
    const compiled = await compileStrapi({ appDir, ignoreDiagnostics: false });
    console.log(JSON.stringify({ appDir: compiled.appDir, distDir: compiled.distDir ?? path.join(appDir, 'dist') }));
  } else {
    // Strapi handles SIGTERM/SIGINT itself (destroy, then exit); stop() in test-cms.ts sends SIGTERM.
    await createStrapi({ appDir, distDir, serveAdminPanel: false, autoReload: false }).start();
  }
} catch (error) {
  console.error(error);
  process.exit(1);
}
