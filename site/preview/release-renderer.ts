/**
 * The release renderer: pages of the public site rendered from content by the draft preview's
 * server build (site/preview/, SITE_BUILD=preview), byte for byte as `astro build` writes them,
 * without a build. Issue: publishing at network scale. A fresh `astro build` costs seconds before it
 * renders anything (Astro's start, its types, Vite's server and client bundles); a renderer that stays
 * loaded renders the pages one change touches in milliseconds each.
 *
 * Three things make a server-rendered page the static build's page:
 * - the request's `purpose` is `release`, so the preview's banner is left out (src/middleware.ts);
 * - optimized images get the static build's file names (/_astro/<name>_<hash>.webp), not the
 *   preview's /_image?… addresses: Astro's getImage asks `globalThis.astroAsset.addStaticImage`
 *   for the name when it is set, as `astro build` sets it; `staticImagePath` is the same naming.
 *   The renderer writes no image: `render` returns the ones its pages show, which the caller takes
 *   from the live release;
 * - the process has the build's environment (STRAPI_URL, CMS_PUBLIC_URL: the appointment form's
 *   address), as the static build read it. SITE_URL is the preview build's own, set when it was built.
 *
 * Because of the image naming, a process that runs a release renderer must not also serve the
 * draft preview (whose images are served on request).
 *
 * scripts/test/incremental-build.test.ts renders every file of each full build with it, from the
 * CMS's published content, and finds each one identical.
 */
import http from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hashTransform, propsToFilename } from 'astro/assets/utils';
import { previewRequests, type PreviewContent } from '../src/lib/preview/request-content';
import { NOT_FOUND_PAGE } from '../src/lib/touched-pages';
import type { AstroHandler } from './server';

/** The image service both builds use (astro.config.mjs sets none: Astro's default). */
const IMAGE_SERVICE = 'astro/assets/services/sharp';
/** Astro's build.assets: where optimized images and bundles go. */
const ASSETS_DIR = '_astro';
/** Pages rendered at once: as the static build's build.concurrency. */
const CONCURRENCY = 4;

type ImageTransform = { src: string | { src: string } } & Record<string, unknown>;

/**
 * The file name `astro build` gives an optimized image (Astro 5.18's addStaticImage, with the
 * site's settings: base '/', no assetsPrefix, build.assets '_astro', the sharp service).
 */
export function staticImagePath(transform: ImageTransform, hashProperties: string[]): string {
  const src = typeof transform.src === 'string' ? transform.src : transform.src.src;
  const hash = hashTransform(transform as never, IMAGE_SERVICE, hashProperties);
  return encodeURI(`/${ASSETS_DIR}/${propsToFilename(src, transform as never, hash).replace(/^\/+/, '')}`);
}

/** The file the static build writes a page to: '/doctors/' → doctors/index.html; '/_astro/x.json/' → _astro/x.json; '/404.html' and '/robots.txt' as they are. */
export function staticFileOf(page: string): string {
  if (!page.startsWith('/')) throw new Error(`A page is a URL path from the site's root ('/doctors/'), not ${JSON.stringify(page)}.`);
  const relative = page.slice(1);
  if (!page.endsWith('/')) return relative;
  // Endpoints with a file name (the finder's data files) are written as that file.
  const last = relative.slice(0, -1).split('/').pop() ?? '';
  if (/\.[a-z0-9]+$/i.test(last)) return relative.slice(0, -1);
  return `${relative}index.html`;
}

/** The locale's not-found pages: the only pages that answer 404. */
function isNotFoundPage(page: string): boolean {
  return page === NOT_FOUND_PAGE || /^\/[a-z]{2}\/404\/$/.test(page);
}

export interface RenderResult {
  /** The files written, relative to the output folder. */
  files: string[];
  /** The optimized images the pages show (/_astro/… paths), sorted: the renderer writes none. */
  images: string[];
}

export interface ReleaseRenderer {
  /**
   * Renders each page (URL paths: '/', '/es/doctors/a/', '/404.html', '/_astro/finder-index.<hash>.json/')
   * from `content` into `outDir`, at the file the static build writes it to. Fails, naming the page,
   * when one does not render (an error, or a status other than the page's: 404 for the not-found pages, 200 for the rest).
   */
  render(options: { content: PreviewContent; pages: readonly string[]; outDir: string }): Promise<RenderResult>;
  close(): Promise<void>;
}

/** Loads the preview build at `entryFile` (dist-preview/server/entry.mjs) and serves it to itself only, on 127.0.0.1. */
export async function startReleaseRenderer(options: { entryFile: string }): Promise<ReleaseRenderer> {
  // The build's entry would otherwise start Astro's own server on import.
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const { handler } = (await import(pathToFileURL(options.entryFile).href)) as { handler: AstroHandler };
  const images = new Set<string>();
  const assets = ((globalThis as { astroAsset?: Record<string, unknown> }).astroAsset ??= {});
  assets.addStaticImage = (transform: ImageTransform, hashProperties: string[]) => {
    const file = staticImagePath(transform, hashProperties);
    images.add(decodeURI(file));
    return file;
  };

  let content: PreviewContent | null = null;
  const server = http.createServer((req, res) => {
    if (!content) {
      res.writeHead(503).end();
      return;
    }
    void previewRequests().run({ status: 'published', purpose: 'release', content }, async () => {
      try {
        await handler(req, res);
      } catch (error) {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(error instanceof Error ? (error.stack ?? error.message) : String(error));
      }
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let rendering = false;

  return {
    async render({ content: pageContent, pages, outDir }) {
      if (rendering) throw new Error('The release renderer renders one release at a time.');
      rendering = true;
      content = pageContent;
      images.clear();
      const files: string[] = [];
      try {
        let next = 0;
        const worker = async () => {
          while (next < pages.length) {
            const page = pages[next++]!;
            const response = await fetch(`${origin}${encodeURI(page)}`, { redirect: 'manual' });
            const body = Buffer.from(await response.arrayBuffer());
            const expected = isNotFoundPage(page) ? 404 : 200;
            if (response.status !== expected) {
              throw new Error(`The release renderer could not render ${page}: it answered ${response.status}, not ${expected}${response.status >= 500 ? ` (${body.toString('utf8').split('\n', 1)[0]})` : ''}.`);
            }
            const file = staticFileOf(page);
            await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
            await writeFile(path.join(outDir, file), body);
            files.push(file);
          }
        };
        await Promise.all(Array.from({ length: Math.min(CONCURRENCY, pages.length) }, worker));
        return { files: files.sort(), images: [...images].sort() };
      } finally {
        content = null;
        rendering = false;
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
