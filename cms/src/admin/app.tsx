import type { StrapiApp } from '@strapi/strapi/admin';
import { Earth, Clock } from '@strapi/icons';
import { openOnEditorsType } from './content-manager/OpenOnEditorsType';
import { DUE_REVIEWS_WIDGET_PERMISSIONS } from './medical-reviews/permissions';
import { KeepEditsOnRefusedSave } from './edit-view/KeepEditsOnRefusedSave';
import { SiteBuildPanel } from './site-build/SiteBuildPanel';

/**
 * The admin app as this file uses it. The route reducer describes routes by the few fields it reads,
 * which Strapi's react-router `RouteObject` has too, so `addRoute` is typed by that reducer.
 */
type AdminApp = Omit<StrapiApp, 'router'> & { router: { addRoute(reducer: typeof openOnEditorsType): void } };

/** The CMS's additions to Strapi's admin panel. */
export default {
  config: {
    locales: [],
  },
  register(app: AdminApp) {
    app.router.addRoute(openOnEditorsType);
    // First on the home page: after publishing, whether the change is live is what an editor looks for.
    app.widgets.register((widgets) => [
      {
        id: 'site-build',
        icon: Earth,
        title: { id: 'site-build.widget.title', defaultMessage: 'Site build' },
        component: async () => (await import('./site-build/SiteBuildWidget')).SiteBuildWidget,
      },
      {
        id: 'medical-reviews-due',
        icon: Clock,
        title: { id: 'medical-reviews-due.widget.title', defaultMessage: 'Medical reviews due' },
        // Shown to those who may edit every medical page; the CMS's route answers medical content editors and super admins only.
        permissions: DUE_REVIEWS_WIDGET_PERMISSIONS,
        component: async () => (await import('./medical-reviews/DueReviewsWidget')).DueReviewsWidget,
      },
      ...widgets,
    ]);
  },
  bootstrap(app: AdminApp) {
    // A plugin's `apis` are typed as unknown values; the content manager's is its documented side-panel registry.
    const contentManager = app.getPlugin('content-manager').apis as { addEditViewSidePanel: (panels: unknown[]) => void };
    contentManager.addEditViewSidePanel([KeepEditsOnRefusedSave, SiteBuildPanel]);
  },
};
