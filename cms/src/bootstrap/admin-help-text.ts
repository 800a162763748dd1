import type { Core } from '@strapi/strapi';

/** The field the admin shows for an entry in lists and relation pickers, per content type. */
const MAIN_FIELDS: Record<string, string> = {
  'api::physician.physician': 'fullName',
  'api::clinical-trial.clinical-trial': 'title',
  'api::condition-page.condition-page': 'title',
  'api::site-setting.site-setting': 'organizationName',
  'api::appointment-request.appointment-request': 'fullName',
};

/** List views set by the CMS: care coordinators see the newest requests first, with their status. */
const LIST_VIEWS: Record<string, { columns: string[]; sortBy: string; sortOrder: 'ASC' | 'DESC' }> = {
  'api::appointment-request.appointment-request': {
    columns: ['submittedAt', 'fullName', 'requestType', 'language', 'requestStatus'],
    sortBy: 'submittedAt',
    sortOrder: 'DESC',
  },
};

type Attribute = { description?: string; type: string };
type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list?: string[] } & Record<string, unknown>;
};

/** Applies a list view (columns and default sort), returning whether anything changed. */
function withListView(configuration: Configuration, view: (typeof LIST_VIEWS)[string] | undefined): boolean {
  if (!view) return false;
  let changed = false;
  if (JSON.stringify(configuration.layouts?.list) !== JSON.stringify(view.columns)) {
    configuration.layouts = { ...configuration.layouts, list: view.columns };
    changed = true;
  }
  if (configuration.settings.defaultSortBy !== view.sortBy || configuration.settings.defaultSortOrder !== view.sortOrder) {
    configuration.settings.defaultSortBy = view.sortBy;
    configuration.settings.defaultSortOrder = view.sortOrder;
    changed = true;
  }
  return changed;
}

/** Copies each attribute's `description` from schema.json into the edit view, returning whether anything changed. */
function withHelpText(configuration: Configuration, attributes: Record<string, Attribute>, mainField?: string): boolean {
  let changed = false;
  for (const [name, attribute] of Object.entries(attributes)) {
    const metadata = configuration.metadatas[name];
    if (!attribute.description || !metadata?.edit) continue;
    if (metadata.edit.description !== attribute.description) {
      metadata.edit.description = attribute.description;
      changed = true;
    }
  }
  if (mainField && attributes[mainField] && configuration.settings.mainField !== mainField) {
    configuration.settings.mainField = mainField;
    changed = true;
  }
  return changed;
}

/**
 * The admin explains every field: schema.json holds each field's help text once, and this
 * copies it into the Content Manager's edit view on every start, so it never goes stale.
 */
export async function syncAdminHelpText(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const targets = [
    ...Object.values(strapi.contentTypes)
      .filter((contentType) => contentType.uid.startsWith('api::'))
      .map((model) => ({ model, service: contentManager.service('content-types') })),
    ...Object.values(strapi.components)
      .filter((component) => !component.uid.startsWith('plugin::'))
      .map((model) => ({ model, service: contentManager.service('components') })),
  ];
  for (const { model, service } of targets) {
    const configuration = (await service.findConfiguration(model)) as Configuration & { uid: string };
    const { uid: _uid, ...stored } = configuration as Configuration & { uid: string; category?: string };
    delete (stored as { category?: string }).category;
    const helpTextChanged = withHelpText(stored, model.attributes as Record<string, Attribute>, MAIN_FIELDS[model.uid]);
    const listViewChanged = withListView(stored, LIST_VIEWS[model.uid]);
    if (helpTextChanged || listViewChanged) {
      await service.updateConfiguration(model, stored);
    }
  }
}
