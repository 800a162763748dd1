import type { APIRoute, GetStaticPaths } from 'astro';
import { ASSETS_DIR } from '../../lib/finder/asset-file';
import { allFinderAssetFiles } from '../../lib/finder/build-assets';

/**
 * Writes the doctor finder's data files under /_astro/ with content-hashed names
 * (/_astro/finder-index.<hash>.json, /_astro/finder-cards.<hash>.json, /_astro/zip-codes.<hash>.json; finder-index-es… for
 * each other locale), where they are served
 * immutable. The pages that use them take the same names from getFinderAssets(). The draft
 * preview renders them on request, from the same content as the page that links them.
 */
export const getStaticPaths = (async () => {
  return (await allFinderAssetFiles()).map((asset) => ({ params: { assetsDir: ASSETS_DIR, file: asset.stem } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const asset = params.assetsDir === ASSETS_DIR ? (await allFinderAssetFiles()).find((candidate) => candidate.stem === params.file) : undefined;
  if (!asset) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(asset.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
