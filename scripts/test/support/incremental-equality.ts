/**
 * Incremental builds against full builds (issue: publishing at network scale), for the test
 * (scripts/test/incremental-build.test.ts, demo size) and the benchmark (npm run bench, 1,000
 * physicians). A scripted sequence of edits through the CMS admin, each as an editor makes it
 * (save, then publish; unpublish; delete). After each, the rebuild service's own build
 * (incremental from the live release: scripts/rebuild/builder.ts, site/src/lib/incremental/) goes
 * live, and a full build of the same content is made beside it; the two releases are compared
 * file by file.
 *
 * Each full build is also rendered again, file by file (its pages, the finder's data files,
 * robots.txt), by the release renderer (site/preview/release-renderer.ts) from the CMS's published
 * content: what the renderer writes must be the full build's bytes, so it can stand in for
 * `astro build` when a publish renders a few pages.
 *
 * Build-specific files, left out of the comparison: none. Every file of a release, the search
 * index and the sitemap included, is a function of the content and the code. (What a build
 * records beside its release, `<release>.build/`, is not part of the release.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildAndDeploy, type BuildKind, type BuildOutcome, type BuildSettings } from '../../rebuild/builder';
import { REPO_DIR } from '../../rebuild/env-file';
import { silentLogger } from '../../rebuild/log';
import { liveReleaseId, releaseDir, type ReleaseLayout } from '../../rebuild/releases';
import { runCommand } from '../../rebuild/run-command';
import { listFiles } from '../../rebuild/site-files';
import { createContentStore } from '../../../site/preview/content-store';
import { startReleaseRenderer, type ReleaseRenderer } from '../../../site/preview/release-renderer';
import type { AdminClient } from './cms-admin';
import type { TestCms } from './test-cms';

const SITE_URL = 'http://127.0.0.1:4321';
/** The search bundle's entry file: Pagefind writes it on every write of the bundle. */
const SEARCH_ENTRY = path.join('pagefind', 'pagefind-entry.json');

/** Whether two paths are one file (a hard link), not two files with the same bytes. */
function sameFile(a: string, b: string): boolean {
  if (!existsSync(a) || !existsSync(b)) return false;
  const [first, second] = [statSync(a), statSync(b)];
  return first.ino === second.ino && first.dev === second.dev;
}
const PHYSICIAN = 'api::physician.physician';
const LOCATION = 'api::location.location';
const TRIAL = 'api::clinical-trial.clinical-trial';
const TREATMENT = 'api::treatment.treatment';
const SUBTYPE = 'api::subtype.subtype';
const SITE_SETTINGS = 'api::site-setting.site-setting';

type LiveOutcome = Extract<BuildOutcome, { ok: true }>;

export interface EditResult {
  edit: string;
  /** The rebuild service's build after the edit: its kind, pages rendered and time. */
  build: BuildKind;
  pages: number;
  durationMs: number;
  /** Files that differ from a full build of the same content ("x: only in the full build", …); empty when equal. Not compared for a full build. */
  differences: string[] | null;
  /** Whether the release's search bundle is the live release's own files, kept (hard links) because its inputs did not change. */
  searchBundleKept: boolean;
  /**
   * The full build's files the release renderer, from the same content, writes differently, or
   * cannot render, or whose images the full build lacks; empty when every one is the same.
   * Null when no full build was made (the build after the edit was one).
   */
  rendererDifferences: string[] | null;
  /** How many files the release renderer rendered, and in how long (null with rendererDifferences). */
  rendered: { files: number; durationMs: number } | null;
}

export interface IncrementalEquality {
  /** The first build (full: no live release yet). */
  first(): Promise<LiveOutcome>;
  /** Each edit, its build, and the comparison with a full build. */
  editBio(): Promise<EditResult>;
  renameLocation(): Promise<EditResult>;
  unpublishPhysician(): Promise<EditResult>;
  deleteTrial(): Promise<EditResult>;
  linkSubtype(): Promise<EditResult>;
  /** A treatment's Spanish version edited: `paths` are its Spanish and English pages. */
  editSpanishVersion(): Promise<EditResult & { paths: { spanish: string; english: string } }>;
  /** A subtype's Spanish version unpublished, its English one kept: `paths` as above, and the release. */
  unpublishSpanishVersion(): Promise<EditResult & { paths: { spanish: string; english: string }; releaseDir: string }>;
  changeSiteSettings(): Promise<EditResult>;
  /** Stops the release renderer, if one was started. */
  close(): Promise<void>;
}

/** The full build's files a release renderer renders: pages, the finder's data files, robots.txt (not images, bundles, the sitemap or the search index). */
export function renderedFiles(files: readonly string[]): { file: string; page: string }[] {
  return files.flatMap((file) => {
    if (file === '404.html' || file === 'robots.txt') return [{ file, page: `/${file}` }];
    if (file.endsWith('/index.html') || file === 'index.html') return [{ file, page: `/${file.slice(0, -'index.html'.length)}` }];
    if (/^_astro\/[^/]+\.json$/.test(file)) return [{ file, page: `/${file}/` }];
    return [];
  });
}

export function incrementalEquality(options: { cms: TestCms; admin: AdminClient; root: string }): IncrementalEquality {
  const { cms, admin, root } = options;
  const layout: ReleaseLayout = { releasesDir: path.join(root, 'releases'), liveLink: path.join(root, 'live') };
  const siteBuildEnv = (cacheDir: string) => ({ ...process.env, SITE_URL, CONTENT_SOURCE: 'strapi', SITE_CACHE_DIR: path.join(root, cacheDir) });
  const settings: BuildSettings = {
    repoDir: REPO_DIR,
    layout,
    keepReleases: 3,
    command: ['npm', 'run', 'build', '--workspace', 'site'],
    env: siteBuildEnv('service-cache'),
    cmsUrl: cms.url,
    cmsToken: cms.token,
    siteOrigin: SITE_URL,
    timeoutMs: 30 * 60_000,
    logger: silentLogger,
  };

  /** The rebuild service's build: incremental once a release is live. */
  const publishBuild = async (): Promise<LiveOutcome> => {
    const outcome = await buildAndDeploy(settings);
    if (!outcome.ok) throw new Error(`The rebuild service's build failed: ${outcome.reason}`);
    return outcome;
  };

  let fullBuilds = 0;
  /** A full build of the CMS's content now, into a folder of its own, with a cache of its own. */
  const fullBuild = async (): Promise<string> => {
    const outDir = path.join(root, `full-${++fullBuilds}`, 'dist');
    const { code, output } = await runCommand(['npm', 'run', 'build', '--workspace', 'site'], {
      name: 'full build',
      cwd: REPO_DIR,
      env: { ...siteBuildEnv('full-cache'), NODE_ENV: 'production', SITE_OUT_DIR: outDir, STRAPI_URL: cms.url, SITE_API_TOKEN: cms.token, SITE_FULL_BUILD: '1', SITE_FULL_SYNC: '1' },
      timeoutMs: 30 * 60_000,
    });
    if (code !== 0) throw new Error(`The full build failed:\n${output.slice(-3000)}`);
    return outDir;
  };

  /** The release renderer, on a preview build of this code made once (SITE_URL as the site builds'). */
  let renderer: Promise<ReleaseRenderer> | undefined;
  const startRenderer = () =>
    (renderer ??= (async () => {
      const buildDir = path.join(root, 'renderer-build');
      const { code, output } = await runCommand(['npm', 'run', 'build:preview', '--workspace', 'site'], {
        name: 'preview build',
        cwd: REPO_DIR,
        env: { ...process.env, NODE_ENV: 'production', SITE_URL, STRAPI_URL: cms.url, PREVIEW_OUT_DIR: buildDir, SITE_CACHE_DIR: path.join(root, 'renderer-cache') },
        timeoutMs: 10 * 60_000,
      });
      if (code !== 0) throw new Error(`The preview build for the release renderer failed:\n${output.slice(-3000)}`);
      return startReleaseRenderer({ entryFile: path.join(buildDir, 'server', 'entry.mjs') });
    })());
  const publishedContent = createContentStore({ baseUrl: cms.url, token: cms.token, status: 'published' });

  /** The full build's files against the release renderer's, from the CMS's published content now. */
  const rendererDifferencesFrom = async (fullDir: string): Promise<{ differences: string[]; files: number; durationMs: number }> => {
    const targets = renderedFiles(listFiles(fullDir));
    const snapshot = await publishedContent.current();
    const outDir = mkdtempSync(path.join(root, 'rendered-'));
    // The appointment form posts to the build's CMS (STRAPI_URL), read when a page renders.
    const strapiUrl = process.env.STRAPI_URL;
    process.env.STRAPI_URL = cms.url;
    const started = performance.now();
    try {
      const rendered = await (await startRenderer()).render({ content: snapshot.content, pages: targets.map((target) => target.page), outDir });
      const durationMs = performance.now() - started;
      const differences = targets.filter(({ file }) => !readFileSync(path.join(outDir, file)).equals(readFileSync(path.join(fullDir, file)))).map(({ file }) => `${file}: different bytes`);
      for (const image of rendered.images) if (!existsSync(path.join(fullDir, image))) differences.push(`${image.slice(1)}: shown, but not in the full build`);
      return { differences, files: rendered.files.length, durationMs };
    } catch (error) {
      return { differences: [(error as Error).message], files: 0, durationMs: performance.now() - started };
    } finally {
      if (strapiUrl === undefined) delete process.env.STRAPI_URL;
      else process.env.STRAPI_URL = strapiUrl;
      rmSync(outDir, { recursive: true, force: true });
    }
  };

  const fingerprint = (dir: string): Record<string, string> =>
    Object.fromEntries(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));

  /** The release the rebuild service made live, against a full build of the same content; and that full build against the release renderer. */
  const differencesFromFull = async (outcome: LiveOutcome): Promise<{ differences: string[]; renderer: Awaited<ReturnType<typeof rendererDifferencesFrom>> }> => {
    const incremental = fingerprint(releaseDir(layout, outcome.id));
    const fullDir = await fullBuild();
    const full = fingerprint(fullDir);
    const files = [...new Set([...Object.keys(incremental), ...Object.keys(full)])].sort();
    const differences = files
      .filter((file) => incremental[file] !== full[file])
      .map((file) => (!(file in incremental) ? `${file}: only in the full build` : !(file in full) ? `${file}: only in the incremental build` : `${file}: different bytes`));
    return { differences, renderer: await rendererDifferencesFrom(fullDir) };
  };

  /** Builds after an edit, and compares with a full build unless the build was one. */
  const afterEdit = async (edit: string): Promise<EditResult> => {
    const outcome = await publishBuild();
    const build = outcome.build!;
    const compared = build.kind === 'incremental' ? await differencesFromFull(outcome) : null;
    return {
      edit,
      build,
      pages: outcome.pages,
      durationMs: outcome.durationMs,
      differences: compared?.differences ?? null,
      rendererDifferences: compared?.renderer.differences ?? null,
      rendered: compared ? { files: compared.renderer.files, durationMs: compared.renderer.durationMs } : null,
      searchBundleKept: build.kind === 'incremental' && sameFile(path.join(releaseDir(layout, outcome.id), SEARCH_ENTRY), path.join(releaseDir(layout, build.from), SEARCH_ENTRY)),
    };
  };

  const list = async (uid: string, query = '') => (await admin('GET', `/content-manager/collection-types/${uid}?page=1&pageSize=100${query}`)).results;
  /** Saves fields of an entry and publishes it, as the editor's Save and Publish do. */
  const saveAndPublish = async (uid: string, documentId: string, data: Record<string, unknown>) => {
    await admin('PUT', `/content-manager/collection-types/${uid}/${documentId}`, data);
    await admin('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/publish`, {});
  };

  return {
    first: publishBuild,

    async editBio() {
      const [physician] = await list(PHYSICIAN, '&sort=slug:ASC');
      await saveAndPublish(PHYSICIAN, physician!.documentId, {
        bio: [{ type: 'paragraph', children: [{ type: 'text', text: 'Sees patients with metastatic breast cancer and their families, and explains each choice in plain words.' }] }],
      });
      return afterEdit('a physician’s bio edited');
    },

    async renameLocation() {
      const [location] = await list(LOCATION, '&sort=slug:ASC');
      await saveAndPublish(LOCATION, location!.documentId, { name: `${String(location!.name)} Pavilion` });
      return afterEdit('a location renamed');
    },

    async unpublishPhysician() {
      // The CMS refuses to unpublish a physician named as reviewer on published pages: take one who is not.
      for (const physician of await list(PHYSICIAN, '&sort=slug:DESC')) {
        try {
          await admin('POST', `/content-manager/collection-types/${PHYSICIAN}/${physician.documentId}/actions/unpublish`, {});
          return afterEdit('a physician unpublished');
        } catch (error) {
          if (!/medical reviewer named on published pages/.test((error as Error).message)) throw error;
        }
      }
      throw new Error('Every physician reviews a published page: none could be unpublished.');
    },

    async deleteTrial() {
      const [trial] = await list(TRIAL, '&sort=slug:ASC');
      await admin('DELETE', `/content-manager/collection-types/${TRIAL}/${trial!.documentId}`);
      return afterEdit('a clinical trial deleted');
    },

    async linkSubtype() {
      // A treatment and a subtype it is not linked to yet, as the site reads the published treatments.
      const subtypes = await list(SUBTYPE);
      const published = await fetch(`${cms.url}/api/treatments?populate[subtypes][fields][0]=documentId&pagination[pageSize]=100`, { headers: { Authorization: `Bearer ${cms.token}` } });
      const treatments = ((await published.json()) as { data: { documentId: string; subtypes: { documentId: string }[] }[] }).data;
      const pair = treatments
        .map((treatment) => ({ treatment, subtype: subtypes.find((candidate) => !treatment.subtypes.some((linked) => linked.documentId === candidate.documentId)) }))
        .find(({ subtype }) => subtype);
      if (!pair) throw new Error('Every treatment is linked to every subtype: no link to add.');
      await saveAndPublish(TREATMENT, pair.treatment.documentId, { subtypes: { connect: [{ documentId: pair.subtype!.documentId }] } });
      return afterEdit('a subtype linked to a treatment');
    },

    async editSpanishVersion() {
      const [treatment] = await list(TREATMENT, '&sort=slug:ASC&locale=es');
      const english = (await list(TREATMENT, '&sort=slug:ASC')).find((candidate: { documentId: string }) => candidate.documentId === treatment!.documentId);
      await admin('PUT', `/content-manager/collection-types/${TREATMENT}/${treatment!.documentId}?locale=es`, { summary: `${String(treatment!.summary)} Pregunte a su equipo de atención.` });
      await admin('POST', `/content-manager/collection-types/${TREATMENT}/${treatment!.documentId}/actions/publish?locale=es`, {});
      const result = await afterEdit('a treatment’s Spanish version edited');
      return { ...result, paths: { spanish: `/es/treatments/${String(treatment!.slug)}/`, english: `/treatments/${String(english!.slug)}/` } };
    },

    async unpublishSpanishVersion() {
      const [subtype] = await list(SUBTYPE, '&sort=slug:ASC&locale=es');
      const english = (await list(SUBTYPE, '&sort=slug:ASC')).find((candidate: { documentId: string }) => candidate.documentId === subtype!.documentId);
      await admin('POST', `/content-manager/collection-types/${SUBTYPE}/${subtype!.documentId}/actions/unpublish?locale=es`, {});
      const result = await afterEdit('a subtype’s Spanish version unpublished');
      const live = liveReleaseId(layout);
      if (!live) throw new Error('No live release after the build.');
      return { ...result, paths: { spanish: `/es/subtypes/${String(subtype!.slug)}/`, english: `/subtypes/${String(english!.slug)}/` }, releaseDir: releaseDir(layout, live) };
    },

    async changeSiteSettings() {
      const current = (await admin('GET', `/content-manager/single-types/${SITE_SETTINGS}`)).data;
      await admin('PUT', `/content-manager/single-types/${SITE_SETTINGS}`, { organizationName: `${String(current.organizationName)} Network` });
      await admin('POST', `/content-manager/single-types/${SITE_SETTINGS}/actions/publish`, {});
      return afterEdit('the site settings changed');
    },

    async close() {
      if (renderer) await (await renderer.catch(() => null))?.close();
    },
  };
}
