import { openOnEditorsType } from './content-manager/OpenOnEditorsType';
import { withNextReviewFilter } from './content-manager/next-review-filter';
import { KeepEditsOnRefusedSave } from './edit-view/KeepEditsOnRefusedSave';

/** The CMS's additions to Strapi's admin panel. */
export default {
  config: {
    locales: [],
  },
  register(app: any) {
    app.router.addRoute(openOnEditorsType);
  },
  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([KeepEditsOnRefusedSave]);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', withNextReviewFilter);
  },
};
