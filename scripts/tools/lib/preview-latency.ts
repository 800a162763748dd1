/**
 * Draft preview latency (issue 12: "a preview request renders one page, so its cost must not grow
 * with the site"): the time for the preview server (site/preview/server.ts, run as in production,
 * in its own process) to answer a page's HTML, with a warm server and right after a save.
 *
 * The CMS must have been started with previewLatencySetup().cmsEnv (its draft-reading token and
 * the key preview links are signed with). The preview build (buildPreview) needs no CMS, so one
 * serves every size.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { signPreviewToken } from '@mbc/shared/preview-token';
import { forEachOutputLine, withoutColors } from '../../rebuild/run-command';
import { freePort } from '../../test/support/ports';
import { watchPeakMemory } from '../../test/support/process-memory';
import { bin, REPO_DIR, run } from '../../test/support/site-build';
import type { TestCms } from '../../test/support/test-cms';

const SITE_DIR = path.join(REPO_DIR, 'site');
const EXIT_ON_SIGTERM = `data:text/javascript,${encodeURIComponent("process.on('SIGTERM', () => process.exit(0));")}`;

export interface PreviewLatencySetup {
  token: string;
  secret: string;
  /** Environment for startTestCms: the CMS creates the preview's token from it and signs links with the secret. */
  cmsEnv: Record<string, string>;
}

export function previewLatencySetup(): PreviewLatencySetup {
  const token = randomBytes(48).toString('hex');
  const secret = randomBytes(32).toString('hex');
  return { token, secret, cmsEnv: { PREVIEW_API_TOKEN: token, PREVIEW_SECRET: secret } };
}

/** `npm run build:preview -w site` into `outDir` (absolute; keep it inside site/, see makeScratchBuildDir); resolves with its duration. */
export async function buildPreview(outDir: string, onLog: (line: string) => void = () => {}): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SITE_BUILD: 'preview',
    PREVIEW_OUT_DIR: outDir,
    SITE_CACHE_DIR: `${outDir}-astro-cache`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (env.NODE_ENV === 'test') delete env.NODE_ENV;
  const started = performance.now();
  await run(bin('astro'), ['build'], env, onLog, SITE_DIR);
  return performance.now() - started;
}

/** The pages timed: one of each kind an editor previews, the heaviest lists included. */
export const PREVIEW_PAGES = ['home', 'doctors', 'physician', 'location', 'subtype', 'treatment', 'diagnosis', 'clinicalTrials'] as const;
export type PreviewPage = (typeof PREVIEW_PAGES)[number];

export interface PreviewPageTimes {
  path: string;
  /** Size of the HTML answered (warm). */
  htmlBytes: number;
  /** Response times with a warm server: request sent → whole body read. */
  warmMs: number[];
  /** Of each warm time, the part the server spent asking the CMS what changed (its Server-Timing `content`). */
  warmContentMs: number[];
  /** The same, each right after a save of a physician's draft (the server re-reads what changed first). */
  afterSaveMs: number[];
  /** Of each after-save time, the part the server spent bringing its content up to date: asking, then re-reading what changed. */
  afterSaveContentMs: number[];
}

export interface PreviewFigures {
  /** The first request after the server started: the whole first read of the CMS, then the render. */
  firstRequestMs: number;
  pages: Record<PreviewPage, PreviewPageTimes>;
  /** The physician whose draft was saved before each after-save request. */
  savedPhysician: { documentId: string; slug: string };
  /** Highest resident memory of the preview server during the measurement. */
  peakRssBytes: number;
}

export interface PreviewLatencyOptions {
  cms: TestCms;
  setup: PreviewLatencySetup;
  /** The preview build (buildPreview's outDir). */
  buildDir: string;
  /** Requests per page and per measurement (warm, after a save). */
  requests: number;
  /** Write the preview server's CPU profile (node --cpu-prof) into this folder, for where the time goes. */
  cpuProfileDir?: string;
  onPage?: (page: PreviewPage, times: PreviewPageTimes) => void;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function measurePreview(options: PreviewLatencyOptions): Promise<PreviewFigures> {
  const { cms, setup } = options;
  const paths = await samplePaths(cms);
  const admin = await adminClient(cms);
  const physicianSlug = paths.physician.split('/')[2]!;
  const physician = (await admin(`/content-manager/collection-types/api::physician.physician?page=1&pageSize=1&filters[slug][$eq]=${physicianSlug}`)).results[0] as {
    documentId: string;
  };
  const server = await startPreview(cms, setup, options.buildDir, options.cpuProfileDir);
  const memory = watchPeakMemory(server.pid);
  try {
    // Any page, for as long as the measurement runs: the cookie the server leaves after a link for the overview page.
    const cookie = () => `mbc_preview=${signPreviewToken({ uid: 'api::condition-page.condition-page', status: 'draft' }, setup.secret, { nowSeconds: Date.now() / 1000, seconds: 600 })}`;
    const get = async (pagePath: string) => {
      const started = performance.now();
      const response = await fetch(`${server.url}${pagePath}`, { headers: { Cookie: cookie() } });
      const html = await response.text();
      const ms = performance.now() - started;
      if (response.status !== 200) throw new Error(`The preview answered ${response.status} for ${pagePath}: ${html.slice(0, 500)}\nPreview server log:\n  ${server.logTail().join('\n  ')}`);
      const content = /content;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1];
      return { ms, html, contentMs: content === undefined ? Number.NaN : Number(content) };
    };

    // The warm-up pass: the first request reads every entry; each page once, so none is timed cold.
    const firstRequestMs = (await get(paths.home)).ms;
    for (const page of PREVIEW_PAGES) await get(paths[page]);

    let saves = 0;
    const save = async () => {
      saves += 1;
      await admin(`/content-manager/collection-types/api::physician.physician/${physician.documentId}`, 'PUT', {
        bio: [{ type: 'paragraph', children: [{ type: 'text', text: `Benchmark draft, save ${saves}. Sees patients with metastatic breast cancer.` }] }],
      });
    };

    const pages = {} as Record<PreviewPage, PreviewPageTimes>;
    for (const page of PREVIEW_PAGES) {
      const times: PreviewPageTimes = { path: paths[page], htmlBytes: 0, warmMs: [], warmContentMs: [], afterSaveMs: [], afterSaveContentMs: [] };
      for (let request = 0; request < options.requests; request++) {
        const answer = await get(paths[page]);
        times.warmMs.push(answer.ms);
        times.warmContentMs.push(answer.contentMs);
        times.htmlBytes = Buffer.byteLength(answer.html);
      }
      for (let request = 0; request < options.requests; request++) {
        await save();
        const answer = await get(paths[page]);
        times.afterSaveMs.push(answer.ms);
        times.afterSaveContentMs.push(answer.contentMs);
        // The save must be on the page it was made for, or the re-read was not measured.
        if (page === 'physician' && !answer.html.includes(`save ${saves}.`)) throw new Error(`${paths[page]} did not show the draft saved just before (save ${saves}).`);
      }
      pages[page] = times;
      options.onPage?.(page, times);
    }
    return { firstRequestMs, pages, savedPhysician: { documentId: physician.documentId, slug: physicianSlug }, peakRssBytes: memory.stop() };
  } finally {
    memory.stop();
    await server.stop();
  }
}

/** The address of each timed page, from what the CMS holds (the first entry of each type by slug). */
async function samplePaths(cms: TestCms): Promise<Record<PreviewPage, string>> {
  const firstSlug = async (restPath: string) => {
    const response = await fetch(`${cms.url}/api/${restPath}?fields[0]=slug&sort=slug:asc&pagination[pageSize]=1`, { headers: { Authorization: `Bearer ${cms.token}` } });
    if (!response.ok) throw new Error(`GET /api/${restPath} answered ${response.status}: ${await response.text()}`);
    const slug = ((await response.json()) as Json).data[0]?.slug as string | undefined;
    if (!slug) throw new Error(`The CMS has no ${restPath} to preview.`);
    return slug;
  };
  const [physician, location, subtype, treatment] = await Promise.all(['physicians', 'locations', 'subtypes', 'treatments'].map(firstSlug));
  return {
    home: '/',
    doctors: '/doctors/',
    physician: `/doctors/${physician}/`,
    location: `/locations/${location}/`,
    subtype: `/subtypes/${subtype}/`,
    treatment: `/treatments/${treatment}/`,
    diagnosis: '/diagnosis/',
    clinicalTrials: '/clinical-trials/',
  };
}

/** The CMS's admin API as its local admin: the REST tokens are read-only, and an editor saves drafts here. */
async function adminClient(cms: TestCms): Promise<(pathname: string, method?: string, body?: unknown) => Promise<Json>> {
  const login = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: cms.admin.email, password: cms.admin.password }),
  });
  if (!login.ok) throw new Error(`Signing in to the CMS admin answered ${login.status}: ${await login.text()}`);
  const jwt = ((await login.json()) as Json).data.token as string;
  return async (pathname, method = 'GET', body) => {
    const response = await fetch(`${cms.url}${pathname}`, {
      method,
      headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${pathname} answered ${response.status}: ${await response.text()}`);
    return response.json();
  };
}

/** `tsx site/preview/server.ts` (npm run serve:preview -w site) against the CMS; resolves once it listens. */
async function startPreview(cms: TestCms, setup: PreviewLatencySetup, buildDir: string, cpuProfileDir?: string): Promise<{ url: string; pid: number; logTail(): string[]; stop(): Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    NODE_ENV: 'production',
    PREVIEW_URL: url,
    PREVIEW_PORT: String(port),
    PREVIEW_HOST: '127.0.0.1',
    PREVIEW_API_TOKEN: setup.token,
    PREVIEW_SECRET: setup.secret,
    STRAPI_URL: cms.url,
    CMS_PUBLIC_URL: cms.url,
    PREVIEW_BUILD_DIR: buildDir,
  };
  // A profiled server must exit (not be killed) to write its profile: SIGTERM then ends it with process.exit.
  const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`, '--import', EXIT_ON_SIGTERM] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(SITE_DIR, 'preview', 'server.ts')], { cwd: SITE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  let listening = false;
  forEachOutputLine(child, (raw) => {
    const line = withoutColors(raw);
    if (line.startsWith('[preview] Draft preview on ')) listening = true;
    tail.push(line);
    if (tail.length > 40) tail.shift();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  const deadline = Date.now() + 60_000;
  while (!listening) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The preview server did not start (${child.exitCode === null ? 'not listening after 60 s' : `exit code ${child.exitCode}`}):\n  ${tail.join('\n  ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, pid: child.pid!, logTail: () => [...tail], stop };
}
