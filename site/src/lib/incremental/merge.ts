import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { linkOrCopy } from './build-record';

/**
 * The incremental build's new release: the pages it rendered, and every other page of the site as
 * the live release has it, hard-linked (a 10,000-page release costs seconds, not gigabytes; neither
 * release is ever written in place: Astro writes new files into a fresh folder, and links are
 * made only for files it did not write). Pages of removed entries are simply not linked.
 *
 * Images (Astro's optimized variants in _astro/) are linked from the live release too, then every
 * image no page or finder file names any more is deleted, so the release holds exactly the images
 * a full build of the same content would: no more, no fewer.
 */

/** The file a page path is written to: '/a/b/' → 'a/b/index.html', '/404.html' → '404.html'. */
export function fileOfPage(pagePath: string): string {
  const relative = pagePath.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

const IMAGE = /\.(avif|webp|jpe?g|png|gif|svg)$/i;
const ASSET_NAME = /\/_astro\/([A-Za-z0-9._-]+)/g;

export interface MergeSummary {
  /** Pages taken from the live release (their files are the live release's, byte for byte). */
  linkedPages: string[];
  /** Images taken from the live release that a page of the new one still shows. */
  keptImages: number;
  /** Images no page of the new release shows (the old photos of changed entries, those of removed ones). */
  removedImages: number;
}

export function mergeWithLiveRelease(options: { liveDir: string; outDir: string; pages: readonly string[] }): MergeSummary {
  const { liveDir, outDir } = options;
  const linkedPages: string[] = [];
  for (const page of options.pages) {
    const file = fileOfPage(page);
    const target = path.join(outDir, file);
    if (existsSync(target)) continue;
    const source = path.join(liveDir, file);
    if (!existsSync(source)) {
      throw new Error(`The incremental build did not render ${page}, and the live release (${liveDir}) has no ${file} to keep: build in full.`);
    }
    mkdirSync(path.dirname(target), { recursive: true });
    linkOrCopy(source, target);
    linkedPages.push(page);
  }

  const liveAssets = path.join(liveDir, '_astro');
  const outAssets = path.join(outDir, '_astro');
  mkdirSync(outAssets, { recursive: true });
  const linked = new Set<string>();
  if (existsSync(liveAssets)) {
    for (const name of readdirSync(liveAssets)) {
      if (!IMAGE.test(name) || existsSync(path.join(outAssets, name))) continue;
      linkOrCopy(path.join(liveAssets, name), path.join(outAssets, name));
      linked.add(name);
    }
  }

  const named = namedAssets(outDir, options.pages);
  let removedImages = 0;
  for (const name of readdirSync(outAssets)) {
    if (IMAGE.test(name) && !named.has(name)) {
      rmSync(path.join(outAssets, name));
      linked.delete(name);
      removedImages++;
    }
  }
  return { linkedPages, keptImages: linked.size, removedImages };
}

/** Every _astro/ file named by a page of the release, the 404 page or a JSON file in _astro/ (the finder's cards). */
function namedAssets(outDir: string, pages: readonly string[]): Set<string> {
  const named = new Set<string>();
  const scan = (file: string) => {
    for (const match of readFileSync(file, 'latin1').matchAll(ASSET_NAME)) named.add(match[1]!);
  };
  for (const page of pages) scan(path.join(outDir, fileOfPage(page)));
  const notFound = path.join(outDir, '404.html');
  if (existsSync(notFound)) scan(notFound);
  const assets = path.join(outDir, '_astro');
  for (const name of readdirSync(assets)) if (name.endsWith('.json') || name.endsWith('.css')) scan(path.join(assets, name));
  return named;
}
