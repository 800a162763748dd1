import { defineMiddleware } from 'astro:middleware';
import { withPreviewBanner } from '../preview/pages';
import { currentPreviewRequest } from './lib/preview/request-content';

/**
 * Only the draft preview's build (`import.meta.env.PREVIEW`) does anything here: each HTML page
 * gets the "Draft preview — not published" banner and the script that reloads it on a save. The
 * static build's pages pass through untouched, so neither is ever in the public site.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!import.meta.env.PREVIEW) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withPreviewBanner(await response.text(), currentPreviewRequest().status);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
