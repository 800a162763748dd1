/**
 * A built site's files: the one directory walker and the one URL-to-file resolver, shared by the
 * static server (what it serves), the rebuild service's link check (what must exist before a build
 * goes live), the site's build tests and the benchmarks. deploy/nginx/site.conf resolves the same
 * way (`try_files $uri $uri/index.html`).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file below `dir`, as sorted paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The file a decoded URL path is served from: `/a/` → a/index.html, `/a` → a, else a/index.html
 * (the server redirects `/a` to `/a/` first). Null when there is none or the path leaves `root`.
 */
export function fileForPath(root: string, pathname: string): string | null {
  const candidates = pathname.endsWith('/') ? [path.join(pathname, 'index.html')] : [pathname, path.join(pathname, 'index.html')];
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (!file.startsWith(root + path.sep) && file !== root) continue;
    if (isFile(file)) return file;
  }
  return null;
}

/** The same for a URL as written in a page (percent-encoded, maybe with ?query or #fragment). */
export function fileForUrl(root: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  return fileForPath(root, pathname);
}
