import { defineMiddleware } from 'astro:middleware';
import { withPreviewBanner } from '../preview/pages';
import { isRoutedLocale } from './lib/locale-param';
import { currentPreviewRequest } from './lib/preview/request-content';

/**
 * Only the draft preview's build (`import.meta.env.PREVIEW`) does anything here: each HTML page
 * gets the "Draft preview — not published" banner and the script that reloads it on a save. The
 * static build's pages pass through untouched, so neither is ever in the public site.
 *
 * The preview renders any address on request, so it refuses the ones the build has no page for
 * in any language: /fr/… or /en/… (the build's getStaticPaths only gives the site's locales).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (import.meta.env.PREVIEW && !isRoutedLocale(context.params)) return new Response(null, { status: 404, statusText: 'Not Found' });
  const response = await next();
  if (!import.meta.env.PREVIEW || currentPreviewRequest().purpose === 'release') return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withPreviewBanner(await response.text(), currentPreviewRequest().status);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
