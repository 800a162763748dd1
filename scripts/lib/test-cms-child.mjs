// The CMS process started by scripts/lib/test-cms.ts: runs the compiled Strapi app.
// Usage: node test-cms-child.mjs <appDir> <distDir>   (configuration comes from the environment)
import { createRequire } from 'node:module';
import path from 'node:path';

const [appDir, distDir] = process.argv.slice(2);
if (!appDir || !distDir) {
  console.error('usage: node test-cms-child.mjs <appDir> <distDir>');
  process.exit(2);
}

// Strapi's ESM build does not load under Node's ESM resolver; use its CommonJS build, as the CMS does.
const requireFromCms = createRequire(path.join(appDir, 'package.json'));
const { createStrapi } = requireFromCms('@strapi/strapi');

const strapi = createStrapi({ appDir, distDir, serveAdminPanel: false, autoReload: false });

// Strapi handles SIGTERM/SIGINT itself (destroy, then exit); stop() in test-cms.ts sends SIGTERM.
try {
  await strapi.start();
} catch (error) {
  console.error(error);
  process.exit(1);
}
