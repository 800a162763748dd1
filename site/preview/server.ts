/**
 * The draft preview server (port 4323, PREVIEW_URL): any page of the site, rendered on request
 * from the CMS's drafts (or its published versions) by the site's own pages, layouts and
 * components, built a second time for the server (SITE_BUILD=preview, astro.config.mjs).
 *
 * Every request needs a preview link the CMS signed (./access.ts) or the cookie it leaves; every
 * response is kept out of search engines and caches, and may be framed by the CMS admin only.
 * A draft the site cannot show gets a page that names the entry and the fields to fix (422).
 *
 * Usage: tsx site/preview/server.ts   (settings: ./settings.ts; README, "Draft preview")
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { CONTENT_TYPES, DEFAULT_LOCALE, contentTypeNamed, isLocaleCode, localeOfPath, localePath, pagePathOf, siteContentSecurityPolicy, type LocaleCode } from '@mbc/shared';
import { previewRequests } from '../src/lib/preview/request-content';
import { previewAccess, previewCookie } from './access';
import { createContentStore, type ContentStore, type PreviewSnapshot } from './content-store';
import { cmsUnreachablePage, LIVE_SCRIPT_PATH, liveScript, missingEntryPage, problemPage, refusedPage } from './pages';
import type { EntryProblem } from './problems';
import { assertPreviewBuilt, previewServerSettings, type PreviewServerSettings } from './settings';

/** Astro's request handler (the preview build's dist-preview/server/entry.mjs `handler`). */
export type AstroHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** The headers of every response: never indexed, never cached, framed only by the CMS admin. */
export function previewHeaders(adminOrigin: string): Record<string, string> {
  return {
    'X-Robots-Tag': 'noindex, nofollow',
    'Cache-Control': 'no-store',
    // No appointment requests from the preview: the form posts nowhere.
    'Content-Security-Policy': siteContentSecurityPolicy({ cmsOrigin: null, frameAncestors: [adminOrigin] }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/** Sets `headers` on the response whatever the handler sets later (Astro's static files set their own Cache-Control). */
function forceHeaders(res: ServerResponse, headers: Record<string, string>): void {
  const names = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const headersArgument = [...args].reverse().find((arg) => typeof arg === 'object' && arg !== null);
    if (headersArgument && !Array.isArray(headersArgument)) {
      for (const name of Object.keys(headersArgument)) if (names.has(name.toLowerCase())) delete (headersArgument as Record<string, unknown>)[name];
    }
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}

function send(res: ServerResponse, status: number, body: string, contentType = 'text/html; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

/** The path part of a page address: /diagnosis/#bone-scan is the page /diagnosis/. */
const pageOf = (path: string) => path.split('#')[0]!;

/**
 * The page a preview link's version of a document is shown on (in its locale, at that version's
 * slug: /es/treatments/cirugia/), or why it cannot be.
 */
function documentPage(
  snapshot: PreviewSnapshot,
  uid: string,
  documentId: string | undefined,
  locale: LocaleCode,
): { path: string } | { problem: EntryProblem } | { missing: true } {
  const name = contentTypeNamed(uid);
  if (!name) return { missing: true };
  const inLocale = (path: string) => pageOf(localePath(locale, path));
  if (CONTENT_TYPES[name].kind === 'single') {
    const problem = snapshot.problems.find((candidate) => candidate.type === name && (candidate.locale === DEFAULT_LOCALE || candidate.locale === locale));
    if (problem) return { problem };
    return { path: inLocale(pagePathOf(name, {})!) };
  }
  if (!documentId) return { missing: true };
  const version = locale === DEFAULT_LOCALE ? undefined : snapshot.versions.get(`${locale}:${documentId}`);
  if (locale !== DEFAULT_LOCALE) {
    if (!version || version.type !== name) return { missing: true };
    if (version.problem) return { problem: version.problem };
  }
  const document = snapshot.documents.get(documentId);
  if (!document || document.type !== name) return { missing: true };
  if (document.problem) return { problem: document.problem };
  const slug = (version?.translation as { slug?: string } | null | undefined)?.slug ?? (document.entry as { slug?: string }).slug;
  const path = pagePathOf(name, { slug });
  return path ? { path: inLocale(path) } : { missing: true };
}

/**
 * The problems that stop this page: those of the entries on it (in its locale, or the default
 * locale's entry), and content every page of its locale needs (a missing or broken single type).
 */
function problemsFor(snapshot: PreviewSnapshot, pathname: string): EntryProblem[] {
  const page = localeOfPath(pathname);
  return snapshot.problems.filter((problem) => {
    if (CONTENT_TYPES[problem.type].kind === 'single') {
      if (problem.locale !== DEFAULT_LOCALE && problem.locale !== page.locale) return false;
      return problem.type === 'siteSettings' || page.path === '/';
    }
    return problem.pages.includes(pathname);
  });
}

export interface PreviewServerOptions {
  settings: Pick<PreviewServerSettings, 'secret' | 'adminOrigin' | 'publicUrl'>;
  stores: Record<'draft' | 'published', ContentStore>;
  handler: AstroHandler;
  nowSeconds?: () => number;
  log?: (message: string) => void;
}

export function createPreviewServer(options: PreviewServerOptions): http.Server {
  const { settings, stores, handler } = options;
  const nowSeconds = options.nowSeconds ?? (() => Date.now() / 1000);
  const log = options.log ?? ((message: string) => console.error(`[preview] ${message}`));
  const headers = previewHeaders(settings.adminOrigin);
  const secureCookie = settings.publicUrl.startsWith('https:');

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    forceHeaders(res, headers);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'The draft preview only shows pages (GET).\n', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://preview.invalid');
      decodeURIComponent(url.pathname);
    } catch {
      send(res, 400, 'Bad request: the address could not be read.\n', 'text/plain; charset=utf-8');
      return;
    }
    const now = nowSeconds();
    const access = previewAccess(url, req.headers.cookie, settings.secret, now);
    if (!access.ok) {
      send(res, 401, refusedPage(access.reason));
      return;
    }
    if (url.pathname === LIVE_SCRIPT_PATH) {
      send(res, 200, liveScript(settings.adminOrigin), 'text/javascript; charset=utf-8');
      return;
    }

    let snapshot: PreviewSnapshot;
    const contentStarted = performance.now();
    try {
      snapshot = await stores[access.claims.status].current();
      // How long bringing the content up to date took (asking the CMS what changed, re-reading it), apart from the render.
      res.setHeader('Server-Timing', `content;dur=${(performance.now() - contentStarted).toFixed(1)}`);
    } catch (error) {
      log(`Could not read the CMS: ${error instanceof Error ? error.message : String(error)}`);
      send(res, 502, cmsUnreachablePage(error instanceof Error ? error.message.split('\n', 1)[0]! : String(error)));
      return;
    }

    if (access.fromLink) {
      // The link is for one document: it opens that document's page, and it sets the cookie that
      // lets the editor follow links from there.
      const locale = access.claims.locale ?? DEFAULT_LOCALE;
      if (!isLocaleCode(locale)) {
        send(res, 404, missingEntryPage());
        return;
      }
      const target = documentPage(snapshot, access.claims.uid, access.claims.documentId, locale);
      if ('problem' in target) {
        send(res, 422, problemPage([target.problem], settings.adminOrigin));
        return;
      }
      if ('missing' in target) {
        send(res, 404, missingEntryPage());
        return;
      }
      if (target.path !== url.pathname) {
        send(res, 401, refusedPage('other-page'));
        return;
      }
      res.setHeader('Set-Cookie', previewCookie(access.token, access.claims, now, secureCookie));
    }

    const problems = problemsFor(snapshot, url.pathname);
    if (problems.length > 0) {
      send(res, 422, problemPage(problems, settings.adminOrigin));
      return;
    }
    await previewRequests().run({ status: access.claims.status, content: snapshot.content }, async () => {
      await handler(req, res);
    });
  }

  return http.createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      log(`Could not serve ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) send(res, 500, 'The preview could not render this page; the preview server logged why.\n', 'text/plain; charset=utf-8');
      else res.destroy();
    });
  });
}

/** Starts the server from the environment; resolves once it listens. */
export async function startPreviewServer(env: NodeJS.ProcessEnv = process.env): Promise<{ server: http.Server; settings: PreviewServerSettings }> {
  const settings = previewServerSettings(env);
  assertPreviewBuilt(settings);
  // The build's entry would otherwise start Astro's own server on import.
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const { handler } = (await import(pathToFileURL(settings.entryFile).href)) as { handler: AstroHandler };
  const storeOptions = { baseUrl: settings.strapiUrl, token: settings.token, mediaBaseUrl: settings.mediaBaseUrl };
  const stores = {
    draft: createContentStore({ ...storeOptions, status: 'draft' }),
    published: createContentStore({ ...storeOptions, status: 'published' }),
  };
  const server = createPreviewServer({ settings, stores, handler });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  // Read the drafts once now, so the first preview an editor opens is as quick as the rest.
  stores.draft.current().catch((error: unknown) => console.error(`[preview] The first read of the CMS failed (${error instanceof Error ? error.message.split('\n', 1)[0] : error}); each request tries again.`));
  return { server, settings };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  startPreviewServer()
    .then(({ settings }) => console.log(`[preview] Draft preview on ${settings.publicUrl} (listening on ${settings.host}:${settings.port}), reading ${settings.strapiUrl}`))
    .catch((error: unknown) => {
      console.error(`[preview] ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
