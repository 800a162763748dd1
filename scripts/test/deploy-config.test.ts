import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ensureDebianProgram } from './support/debian-package';
import { REPO_DIR } from '../rebuild/env-file';
import { cacheControlFor, securityHeaders } from '../rebuild/http-headers';
import { freePort } from './support/ports';
import { goLive, newReleaseId, prepareReleaseDir } from '../rebuild/releases';
import { rebuildConfigFromEnv } from '../rebuild/config';
import { silentLogger } from '../rebuild/log';
import { createRebuildService } from '../rebuild/service';
import { SECRET_HEADER } from '../rebuild/webhook';
import { createPreviewServer } from '../../site/preview/server';
import { previewServerSettings } from '../../site/preview/settings';

const read = (file: string) => readFileSync(path.join(REPO_DIR, file), 'utf8');
type ComposeService = {
  environment: Record<string, string | number>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  build?: { dockerfile: string };
  image?: string;
};
const compose = parse(read('docker-compose.yml')) as { services: Record<string, ComposeService>; volumes: Record<string, unknown> };

/** Example values for the variables .env must set (the ${NAME:?…} ones). */
const REQUIRED_EXAMPLES: Record<string, string> = {
  REBUILD_WEBHOOK_SECRET: 'webhook-secret',
  SITE_API_TOKEN: 'site-token',
  SITE_URL: 'https://site.example',
  CMS_PUBLIC_URL: 'https://cms.example',
  PREVIEW_URL: 'https://preview.example',
  PREVIEW_SECRET: 'a-preview-secret-of-at-least-32-characters',
  PREVIEW_API_TOKEN: 'preview-token',
};

/** A service's environment as compose resolves it: ${NAME:-default} → default, ${NAME:?…} → the example value. */
function resolvedEnvironment(service: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(compose.services[service]!.environment ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{([A-Z0-9_]+)(?::-([^}]*)|:\?[^}]*)?\}/g, (_match, variable: string, fallback?: string) => REQUIRED_EXAMPLES[variable] ?? fallback ?? 'x'),
    ]),
  );
}

describe('docker-compose.yml', () => {
  it('starts each service only once the one it needs is healthy, and each has a healthcheck', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['cms', 'postgres', 'preview', 'rebuild', 'web']);
    for (const [name, service] of Object.entries(compose.services)) expect(service.healthcheck?.test, `${name} healthcheck`).toBeTruthy();
    const needs = Object.fromEntries(Object.entries(compose.services).map(([name, service]) => [name, Object.entries(service.depends_on ?? {}).map(([other, how]) => `${other} ${how.condition}`)]));
    expect(needs).toEqual({ postgres: [], cms: ['postgres service_healthy'], rebuild: ['cms service_healthy'], preview: ['cms service_healthy'], web: ['rebuild service_healthy'] });
  });

  it('the CMS sends its webhooks where the rebuild service, configured by this file, answers them; its healthcheck asks a route it serves', async () => {
    const cmsEnv = resolvedEnvironment('cms');
    const rebuildEnv = resolvedEnvironment('rebuild');
    const config = rebuildConfigFromEnv(rebuildEnv);
    const webhook = new URL(cmsEnv.REBUILD_WEBHOOK_URL!);
    // Compose's network reaches a service by its name.
    expect([webhook.hostname, Number(webhook.port)]).toEqual(['rebuild', config.port]);
    expect(cmsEnv.REBUILD_WEBHOOK_SECRET).toBe(config.secret);
    expect(new URL(rebuildEnv.STRAPI_URL!).hostname).toBe('cms');
    expect(Number(new URL(rebuildEnv.STRAPI_URL!).port)).toBe(Number(cmsEnv.PORT));

    const builds: string[] = [];
    const service = createRebuildService({
      secret: config.secret,
      maxBodyBytes: config.maxBodyBytes,
      debounceMs: 1,
      maxWaitMs: config.maxWaitMs,
      build: async () => {
        builds.push('build');
        const now = new Date().toISOString();
        return { ok: true, id: 'r1', startedAt: now, finishedAt: now, durationMs: 1, pages: 1 };
      },
      liveRelease: () => (builds.length > 0 ? 'r1' : null),
      logger: silentLogger,
    });
    await new Promise<void>((resolve) => service.server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(service.server.address() as AddressInfo).port}`;
      const answer = await fetch(`${base}${webhook.pathname}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: cmsEnv.REBUILD_WEBHOOK_SECRET! },
        body: JSON.stringify({ event: 'entry.publish', uid: 'api::physician.physician', entry: { documentId: 'd1', slug: 'd1', publishedAt: '2026-12-01T10:00:00Z' } }),
      });
      expect(answer.status).toBe(202);
      await service.scheduler.whenIdle();
      expect(builds).toEqual(['build']);

      const [, port, healthPath] = /http:\/\/127\.0\.0\.1:(\d+)(\/[^'"]*)/.exec(compose.services.rebuild.healthcheck!.test.join(' '))!;
      expect(Number(port)).toBe(config.port);
      expect((await fetch(`${base}${healthPath}`)).status).toBe(200);
    } finally {
      service.scheduler.stop();
      await new Promise((resolve) => service.server.close(resolve));
    }
  });

  it('the CMS links to the draft preview this file runs, signs with its secret and gives it its token; the preview reads the CMS and answers its healthcheck', async () => {
    const cmsEnv = resolvedEnvironment('cms');
    const settings = previewServerSettings(resolvedEnvironment('preview'), []);
    expect(settings.publicUrl).toBe(cmsEnv.PREVIEW_URL);
    expect(settings.secret).toBe(cmsEnv.PREVIEW_SECRET);
    expect(settings.token).toBe(cmsEnv.PREVIEW_API_TOKEN);
    expect(settings.token).not.toBe(cmsEnv.SITE_API_TOKEN);
    expect(new URL(settings.strapiUrl).hostname).toBe('cms');
    expect(Number(new URL(settings.strapiUrl).port)).toBe(Number(cmsEnv.PORT));
    // Only the admin, at the CMS's public address, may frame it.
    expect(settings.adminOrigin).toBe(new URL(REQUIRED_EXAMPLES.CMS_PUBLIC_URL!).origin);
    expect([settings.host, settings.port]).toEqual(['0.0.0.0', 4323]);
    expect(compose.services.preview.build?.dockerfile).toBe('site/preview/Dockerfile');

    const unreachable = { current: () => Promise.reject(new Error('no CMS in this test')) };
    const server = createPreviewServer({ settings, stores: { draft: unreachable, published: unreachable }, handler: () => undefined, log: () => undefined });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const [, port, healthPath] = /http:\/\/127\.0\.0\.1:(\d+)(\/[^'"]*)/.exec(compose.services.preview.healthcheck!.test.join(' '))!;
      expect(Number(port)).toBe(settings.port);
      const answer = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${healthPath}`);
      // Up, and refusing anyone without a preview link: what the healthcheck waits for.
      expect(answer.status).toBe(401);
      expect(compose.services.preview.healthcheck!.test.join(' ')).toContain('r.status===401');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('nginx serves the release the rebuild service makes live, from the volume they share', () => {
    const mountOf = (service: string, volume: string) => {
      const entry = compose.services[service].volumes!.find((mount) => mount.startsWith(`${volume}:`))!;
      return entry.split(':')[1]!;
    };
    const live = path.posix.relative(mountOf('rebuild', 'site'), resolvedEnvironment('rebuild').SITE_LIVE_DIR!);
    expect(live.startsWith('..')).toBe(false);
    const nginxRoot = /^\s*root\s+(\S+);/m.exec(read('deploy/nginx/site.conf'))![1]!;
    expect(path.posix.relative(mountOf('web', 'site'), nginxRoot)).toBe(live);
    expect(compose.services.web.volumes).toContain('site:/srv/site:ro');
    expect(mountOf('cms', 'uploads')).toBe('/app/cms/public/uploads');
  });

  it('documents every variable it uses in the README and in .env.example', () => {
    const text = read('docker-compose.yml');
    const variables = new Set([...text.matchAll(/(?<!\$)\$\{([A-Z0-9_]+)/g)].map((match) => match[1]));
    expect(variables.size).toBeGreaterThan(10);
    const readme = read('README.md');
    const example = read('.env.example');
    const undocumented = [...variables].filter((name) => !readme.includes(`\`${name}\``) || !new RegExp(`^${name}=`, 'm').test(example));
    expect(undocumented).toEqual([]);
  });

  it('gives the CMS the site address and the appointment settings, and nginx the CMS address for its CSP', () => {
    const cms = compose.services.cms.environment;
    expect(cms.SITE_URL).toMatch(/\$\{SITE_URL/);
    for (const name of ['APPOINTMENT_RATE_LIMIT_PER_HOUR', 'APPOINTMENT_MIN_FILL_SECONDS', 'APPOINTMENT_RETENTION_DAYS']) expect(cms[name], name).toMatch(new RegExp(`\\$\\{${name}`));
    expect(compose.services.rebuild.environment.CMS_PUBLIC_URL).toMatch(/\$\{CMS_PUBLIC_URL/);
    expect(compose.services.web.environment.CMS_PUBLIC_URL).toMatch(/\$\{CMS_PUBLIC_URL/);
    expect(compose.services.web.volumes).toContain('./deploy/nginx/templates:/etc/nginx/templates:ro');
    expect(read('deploy/nginx/templates/cms-origin.conf.template')).toContain('${CMS_PUBLIC_URL}');
  });

  it('builds the CMS image on Node 24', () => {
    expect(read('cms/Dockerfile')).toMatch(/^FROM node:24/m);
    expect(read('scripts/rebuild/Dockerfile')).toMatch(/^FROM node:24/m);
    expect(read('site/preview/Dockerfile')).toMatch(/^FROM node:24/m);
  });
});

/** Whether .dockerignore keeps a path (relative to the build context) out of every image: the last matching line wins. */
function dockerIgnores(file: string): boolean {
  let ignored = false;
  for (const raw of read('.dockerignore').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    const pattern = (negated ? line.slice(1) : line).replace(/\/$/, '');
    // `**/` is any number of folders (none too), `*` anything within one name.
    const source = pattern
      .split('**/')
      .map((part) => part.split('*').map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
      .join('(?:.*/)?');
    const regex = new RegExp(`^${source}(/.*)?$`);
    if (regex.test(file)) ignored = !negated;
  }
  return ignored;
}

describe('the images’ build context (.dockerignore)', () => {
  it('keeps secrets, local data, installed packages and build output out of both images', () => {
    const secretOrLocal = ['cms/.env', 'cms/.tmp/data.db', 'cms/public/uploads/photo.png', '.git/config', 'node_modules/astro/package.json', 'cms/node_modules/x/index.js', 'scripts/rebuild/node_modules/x.js', 'cms/dist/src/index.js', 'site/dist/index.html', 'site/dist-preview/server/entry.mjs', 'site/.cache/build-test-1/dist/index.html', 'shared/dist/esm/index.js'];
    expect(secretOrLocal.filter((file) => !dockerIgnores(file))).toEqual([]);
  });
  it('still sends what the Dockerfiles copy and build from', () => {
    const needed = ['package.json', 'package-lock.json', 'cms/src/index.ts', 'cms/config/server.ts', 'cms/public/uploads/.gitkeep', 'cms/favicon.png', 'shared/src/index.ts', 'site/src/pages/index.astro', 'scripts/rebuild/main.ts', 'site/preview/server.ts', '.env.example'];
    expect(needed.filter((file) => dockerIgnores(file))).toEqual([]);
  });
});

describe('the publish workflow', () => {
  const workflow = parse(read('.github/workflows/publish.yml'));
  it('runs on a CMS publish, a push and by hand, cancelling superseded runs', () => {
    expect(workflow.on.repository_dispatch.types).toEqual(['cms-publish']);
    expect(workflow.on).toHaveProperty('push');
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.concurrency['cancel-in-progress']).toBe(true);
  });
  it('builds from the CMS secrets and uploads the site', () => {
    const steps = workflow.jobs.build.steps as { uses?: string; run?: string; env?: Record<string, string> }[];
    const build = steps.find((step) => step.run?.includes('npm run build --workspace site'))!;
    expect(build.env).toMatchObject({ STRAPI_URL: '${{ secrets.STRAPI_URL }}', SITE_API_TOKEN: '${{ secrets.SITE_API_TOKEN }}' });
    expect(steps.some((step) => step.uses?.startsWith('actions/upload-artifact'))).toBe(true);
  });

  /**
   * Which jobs run for an event, by GitHub's rules as this workflow uses them: a job runs when its
   * `if` holds, evaluated after the jobs it `needs` (whose results it reads) have ended.
   */
  function jobsThatRun(event: string, testPasses: boolean): string[] {
    const jobs = workflow.jobs as Record<string, { if?: string; needs?: string | string[]; steps: { run?: string }[] }>;
    const results: Record<string, 'success' | 'failure' | 'skipped'> = {};
    const evaluate = (condition: string | undefined) => {
      if (!condition) return Object.values(results).every((result) => result === 'success');
      const expression = condition
        .replace(/^\$\{\{|\}\}$/g, '')
        .replace(/github\.event_name/g, JSON.stringify(event))
        .replace(/needs\.([a-z-]+)\.result/g, (_match, job: string) => JSON.stringify(results[job] ?? 'skipped'))
        .replace(/cancelled\(\)/g, 'false')
        .replace(/==/g, '===')
        .replace(/!===/g, '!==');
      expect(expression, `${condition} uses only what this check knows`).toMatch(/^[\s"'a-z_!=&|()-]*$/);
      return Boolean(new Function(`return (${expression});`)());
    };
    const ran: string[] = [];
    for (const [name, job] of Object.entries(jobs)) {
      const runs = evaluate(job.if);
      results[name] = !runs ? 'skipped' : name === 'test' && !testPasses ? 'failure' : 'success';
      if (runs) ran.push(name);
    }
    return ran;
  }

  it('on a push runs the test suite first (the README\'s npm test), and deploys only if it passed', () => {
    const test = workflow.jobs.test as { steps: { run?: string }[]; container?: string };
    expect(test.steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', 'npm test']);
    expect(jobsThatRun('push', true)).toEqual(['test', 'build']);
    expect(jobsThatRun('push', false)).toEqual(['test']);
  });

  it('on a CMS publish or a run by hand builds at once, from the main that was tested when it was pushed', () => {
    expect(jobsThatRun('repository_dispatch', true)).toEqual(['build']);
    expect(jobsThatRun('workflow_dispatch', true)).toEqual(['build']);
  });
});

describe('the production nginx configuration', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
  // What the nginx image renders from templates/cms-origin.conf.template with CMS_PUBLIC_URL set.
  const cmsOrigin = 'https://cms.example.test';
  const SECURITY_HEADERS = securityHeaders(cmsOrigin);
  let baseUrl = '';
  let stop: () => void = () => {};

  beforeAll(async () => {
    const nginx = ensureDebianProgram('/usr/sbin/nginx', 'nginx');
    // nginx's workers run as an unprivileged user; let them read the temp site.
    chmodSync(root, 0o755);
    const layout = { releasesDir: path.join(root, 'site', 'releases'), liveLink: path.join(root, 'site', 'live') };
    const id = newReleaseId();
    const release = prepareReleaseDir(layout, id);
    for (const [file, body] of Object.entries({
      'index.html': '<!doctype html><title>Home</title>',
      '404.html': '<!doctype html><title>Not found</title><h1>Page not found</h1>',
      'es/404/index.html': '<!doctype html><html lang="es-US"><title>No encontrada</title><h1>No encontramos esta página</h1>',
      'doctors/index.html': '<!doctype html><title>Doctors</title>',
      '_astro/site.abc12345.css': 'body{}',
      'pagefind/pagefind.js': '',
      'pagefind/fragment/en_abc.pf_fragment': '',
      'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'sitemap-index.xml': '<sitemapindex/>',
    })) {
      mkdirSync(path.dirname(path.join(release, file)), { recursive: true });
      writeFileSync(path.join(release, file), body);
    }
    goLive(layout, id);
    const port = await freePort();
    const site = read('deploy/nginx/site.conf')
      .replace('listen 80;', `listen 127.0.0.1:${port};`)
      .replace('root /srv/site/live;', `root ${layout.liveLink};`)
      .replaceAll('/etc/nginx/snippets/security-headers.conf', path.join(REPO_DIR, 'deploy/nginx/security-headers.conf'));
    writeFileSync(path.join(root, 'site.conf'), site);
    writeFileSync(path.join(root, 'cms-origin.conf'), read('deploy/nginx/templates/cms-origin.conf.template').replaceAll('${CMS_PUBLIC_URL}', cmsOrigin));
    writeFileSync(
      path.join(root, 'nginx.conf'),
      `daemon off; pid ${root}/nginx.pid; error_log ${root}/error.log; events {} http { access_log off; client_body_temp_path ${root}/tmp; proxy_temp_path ${root}/tmp; fastcgi_temp_path ${root}/tmp; uwsgi_temp_path ${root}/tmp; scgi_temp_path ${root}/tmp; include ${root}/cms-origin.conf; include ${root}/site.conf; }`,
    );
    mkdirSync(path.join(root, 'tmp'));
    const check = spawnSync(nginx, ['-t', '-c', path.join(root, 'nginx.conf'), '-p', root], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    const server = spawn(nginx, ['-c', path.join(root, 'nginx.conf'), '-p', root], { stdio: 'ignore' });
    stop = () => server.kill('SIGTERM');
    baseUrl = `http://127.0.0.1:${port}`;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      try {
        await fetch(`${baseUrl}/`);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });

  afterAll(() => {
    stop();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(['/', '/doctors/', '/_astro/site.abc12345.css', '/pagefind/pagefind.js', '/pagefind/fragment/en_abc.pf_fragment', '/favicon.svg', '/sitemap-index.xml'])(
    'serves %s with the same headers as the local preview',
    async (pathname) => {
      const response = await fetch(`${baseUrl}${pathname}`);
      expect(response.status).toBe(200);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
      expect(response.headers.get('cache-control')).toBe(cacheControlFor(pathname));
    },
  );

  it('answers unknown paths with the site’s 404 page', async () => {
    const response = await fetch(`${baseUrl}/doctors/nobody/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
    expect(response.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    // Under /es/, the Spanish one.
    const spanish = await fetch(`${baseUrl}/es/doctors/nadie/`);
    expect(spanish.status).toBe(404);
    expect(await spanish.text()).toContain('No encontramos esta página');
  });
});

describe('the README settings table', () => {
  /** Set for child processes or by the platform, not settings someone chooses. */
  // PROD, PREVIEW and CMS_RECORDS_DIR are Astro/Vite build constants (import.meta.env), not environment variables;
  // ASTRO_NODE_AUTOSTART is set by the preview server for the Astro entry it loads.
  const NOT_SETTINGS = new Set(['HOME', 'PATH', 'TMPDIR', 'NODE_OPTIONS', 'PROD', 'PREVIEW', 'CMS_RECORDS_DIR', 'RENDER_PLAN_FILE', 'ASTRO_NODE_AUTOSTART', 'BROWSER', 'STRAPI_LOG_LEVEL', 'STRAPI_TELEMETRY_DISABLED']);
  const READ = /(?:process\.env|\benv)\.([A-Z][A-Z0-9_]+)|\benv(?:\.(?:int|bool|array|json|float|date))?\(\s*'([A-Z][A-Z0-9_]+)'/g;

  it('lists every environment variable the code reads', () => {
    const roots = ['cms/src', 'cms/config', 'cms/scripts', 'cms/test', 'site/src', 'site/preview', 'site/test', 'site/astro.config.mjs', 'shared/src', 'scripts'];
    const files = roots.flatMap((root) => {
      const dir = path.join(REPO_DIR, root);
      if (root.endsWith('.mjs')) return [dir];
      return readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(ts|mjs|js|astro)$/.test(file) && !file.split(path.sep).includes('node_modules'))
        .map((file) => path.join(dir, file));
    });
    const names = new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(READ)].map((match) => match[1] ?? match[2])));
    const table = read('README.md').slice(read('README.md').indexOf('### Settings'));
    const missing = [...names].filter((name) => !NOT_SETTINGS.has(name) && !name.startsWith('FAKE_') && !table.includes(`\`${name}\``));
    expect(names.size).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });
});

describe('the README’s "Where things live"', () => {
  it('names every file of scripts/ (the dev stack, the rebuild workspace, the tools and the test support)', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## Where things live'), readme.indexOf('## Building the site by hand'));
    const scripts = path.join(REPO_DIR, 'scripts');
    const files = readdirSync(scripts, { recursive: true, encoding: 'utf8' })
      .filter((file) => !file.split(path.sep).includes('node_modules'))
      // Test files are found by their suites; test support is named, as other code uses it.
      .filter((file) => !file.split(path.sep).includes('test') || file.startsWith(path.join('test', 'support')))
      .filter((file) => /\.(ts|mjs|json)$|Dockerfile$/.test(file));
    expect(files.length).toBeGreaterThan(30);
    expect(files.filter((file) => !section.includes(path.basename(file)))).toEqual([]);
  });
});
