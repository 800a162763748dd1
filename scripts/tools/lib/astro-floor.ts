/**
 * The floor a static build cannot go below: a bare Astro project (no integrations, no content
 * layer, no images) rendering `pages` trivial pages from one dynamic route. Its build time per
 * page is what Astro itself costs per page on this machine; the benchmarks divide our build's
 * time per page by it.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bin, makeScratchBuildDir, run } from '../../test/support/site-build';

export interface FloorBuildResult {
  pages: number;
  durationMs: number;
  peakRssBytes: number;
}

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ output: 'static', trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });
`;

/** One route, \`pages\` pages: a heading and a paragraph each. */
const PAGE = (pages: number) => `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, index) => ({ params: { slug: \`page-\${index + 1}\` }, props: { number: index + 1 } }));
}
const { number } = Astro.props;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Page {number}</title></head>
  <body><h1>Page {number}</h1><p>A trivial page, number {number}.</p></body>
</html>
`;

/**
 * Builds the bare project with \`pages\` pages, inside site/.cache (so \`astro\` resolves from the
 * site's node_modules, as our build's does), and removes it afterwards.
 */
export async function buildAstroFloor(pages: number): Promise<FloorBuildResult> {
  if (!Number.isInteger(pages) || pages < 1) throw new RangeError(`pages must be a whole number of at least 1, got ${pages}.`);
  const root = makeScratchBuildDir('floor-');
  try {
    mkdirSync(path.join(root, 'src', 'pages'), { recursive: true });
    writeFileSync(path.join(root, 'astro.config.mjs'), CONFIG);
    writeFileSync(path.join(root, 'src', 'pages', '[slug].astro'), PAGE(pages));
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    if (env.NODE_ENV === 'test') delete env.NODE_ENV;
    const started = performance.now();
    const peakRssBytes = await run(bin('astro'), ['build', '--root', root], env, () => {}, root);
    const durationMs = performance.now() - started;
    const built = readdirSync(path.join(root, 'dist')).filter((name) => name.startsWith('page-')).length;
    if (built !== pages) throw new Error(`The bare Astro build wrote ${built} pages, not ${pages}.`);
    return { pages, durationMs, peakRssBytes };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
