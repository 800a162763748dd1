import { KeepEditsOnRefusedSave } from './edit-view/KeepEditsOnRefusedSave';

/** The CMS's additions to Strapi's admin panel. */
export default {
  config: {
    locales: [],
  },
  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([KeepEditsOnRefusedSave]);
  },
};
