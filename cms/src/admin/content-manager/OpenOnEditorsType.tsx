import * as React from 'react';
import { Page, useAuth, useIsMobile } from '@strapi/admin/strapi-admin';
import { Navigate, useMatch } from 'react-router-dom';
import { contentManagerLanding } from './landing';

type RouteObject = { path?: string; lazy?: () => Promise<{ Component?: React.ComponentType } & Record<string, unknown>> } & Record<string, unknown>;

/** /admin/content-manager itself, on a desktop: forwards to the list an editor works in (see landing.ts). */
function OpenOnEditorsType() {
  const permissions = useAuth('OpenOnEditorsType', (state) => state.permissions);
  const isLoading = useAuth('OpenOnEditorsType', (state) => state.isLoading);
  if (isLoading) return <Page.Loading />;
  return <Navigate to={contentManagerLanding(permissions)} replace />;
}

/**
 * Wraps the Content Manager's route (content-manager/*): its layout sends /content-manager to
 * the first type in alphabetical order, so this answers that one address first. On a phone the
 * Content Manager shows its list of types there, which stays.
 */
export function openOnEditorsType(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    if (route.path !== 'content-manager/*' || !route.lazy) return route;
    const load = route.lazy;
    return {
      ...route,
      lazy: async () => {
        const loaded = await load();
        const Layout = loaded.Component;
        if (!Layout) return loaded;
        const ContentManager: React.ComponentType = Layout;
        function ContentManagerLayout() {
          const atRoot = useMatch('/content-manager') !== null;
          const isMobile = useIsMobile();
          return atRoot && !isMobile ? <OpenOnEditorsType /> : <ContentManager />;
        }
        return { ...loaded, Component: ContentManagerLayout };
      },
    };
  });
}
