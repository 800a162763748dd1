import { createHash } from 'node:crypto';

/**
 * A file written into the build under a name that changes whenever its content does, so it can be
 * served with `Cache-Control: immutable` (everything under /_astro/ is: scripts/lib/http-headers.ts,
 * deploy/nginx/site.conf).
 */

/** Astro's own hashed assets live here; the finder's data files join them. */
export const ASSETS_DIR = '_astro';

export interface HashedAsset {
  /** 'finder-index.3fa2b1c9d0e4' (the route parameter; the file ends in .json). */
  stem: string;
  /** '/_astro/finder-index.3fa2b1c9d0e4.json' */
  path: string;
  body: string;
}

function contentHash(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}

export function hashedJsonAsset(name: string, data: unknown): HashedAsset {
  const body = JSON.stringify(data);
  const stem = `${name}.${contentHash(body)}`;
  return { stem, path: `/${ASSETS_DIR}/${stem}.json`, body };
}
