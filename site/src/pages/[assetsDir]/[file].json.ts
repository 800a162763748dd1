import type { APIRoute, GetStaticPaths } from 'astro';
import { ASSETS_DIR } from '../../lib/finder/asset-file';
import { getFinderAssets } from '../../lib/finder/build-assets';

/**
 * Writes the doctor finder's data files under /_astro/ with content-hashed names
 * (/_astro/finder-index.<hash>.json, /_astro/zip-codes.<hash>.json), where they are served
 * immutable. The pages that use them take the same names from getFinderAssets().
 */
export const getStaticPaths = (async () => {
  const { index, zips } = await getFinderAssets();
  return [index, zips].map((asset) => ({ params: { assetsDir: ASSETS_DIR, file: asset.stem }, props: { body: asset.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
