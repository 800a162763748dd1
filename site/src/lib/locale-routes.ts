import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@mbc/shared';
import { LOCALE_PARAM } from './locale-param';

/**
 * The site in every locale from one set of pages. Each page of src/pages (.astro) is the default
 * locale's at its own route, and is injected a second time under `/[locale]` for the others
 * (/es/treatments/[slug]): the same file, whose getStaticPaths gives the routes of the locales
 * its route pattern is for (localizedStaticPaths) and whose body reads the locale from the
 * params (pageLocale). Endpoints (robots.txt, the finder's data files) are not pages: one each.
 */

const LOCALE_PREFIX = `/[${LOCALE_PARAM}]`;

/** The other locales' route of a page file (its path under src/pages, with / separators), e.g. treatments/[slug].astro → /[locale]/treatments/[slug]. */
export function localeRoutePattern(pageFile: string): string {
  const route = pageFile.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  return route === '' ? LOCALE_PREFIX : `${LOCALE_PREFIX}/${route}`;
}

/** Page files (not endpoints) under `pagesDir`, relative, with / separators. */
export function pageFiles(pagesDir: string): string[] {
  return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

export function localeRoutes({ pagesDir }: { pagesDir: string }): AstroIntegration {
  return {
    name: 'mbc:locale-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (LOCALE_CODES.length < 2) return;
        for (const file of pageFiles(pagesDir)) injectRoute({ pattern: localeRoutePattern(file), entrypoint: join(pagesDir, file) });
      },
    },
  };
}

/**
 * A page's getStaticPaths, in the locales of the route it is called for: the default locale at the
 * page's own route, every other at its `/[locale]` route. `paramsIn(locale)` gives the page's own
 * params in a locale (none for a page of one route).
 */
export async function localizedStaticPaths<Params extends Record<string, string | undefined>, Props = undefined>(
  routePattern: string,
  pathsIn: (locale: LocaleCode) => Promise<{ params: Params; props?: Props }[]> | { params: Params; props?: Props }[],
): Promise<{ params: Params & { [LOCALE_PARAM]?: string }; props?: Props }[]> {
  if (!routePattern.startsWith(LOCALE_PREFIX)) return pathsIn(DEFAULT_LOCALE);
  const locales = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE);
  const paths = await Promise.all(locales.map(async (locale) => (await pathsIn(locale)).map((path) => ({ ...path, params: { ...path.params, [LOCALE_PARAM]: locale } }))));
  return paths.flat();
}
