import { Earth } from '@strapi/icons';
import { openOnEditorsType } from './content-manager/OpenOnEditorsType';
import { withNextReviewFilter } from './content-manager/next-review-filter';
import { KeepEditsOnRefusedSave } from './edit-view/KeepEditsOnRefusedSave';
import { SiteBuildPanel } from './site-build/SiteBuildPanel';

/** The CMS's additions to Strapi's admin panel. */
export default {
  config: {
    locales: [],
  },
  register(app: any) {
    app.router.addRoute(openOnEditorsType);
    // First on the home page: after publishing, whether the change is live is what an editor looks for.
    app.widgets.register((widgets: unknown[]) => [
      {
        id: 'site-build',
        icon: Earth,
        title: { id: 'site-build.widget.title', defaultMessage: 'Site build' },
        component: async () => (await import('./site-build/SiteBuildWidget')).SiteBuildWidget,
      },
      ...widgets,
    ]);
  },
  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([KeepEditsOnRefusedSave, SiteBuildPanel]);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', withNextReviewFilter);
  },
};
