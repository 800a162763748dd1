import type { Core } from '@strapi/strapi';
import { REVIEW_DATE_FIELDS } from '../medical-reviews/review-dates';
import { MEDICAL_PAGE_TYPES } from './reviewers';

/**
 * How the Content Manager lists and labels the site's content, stored in its configuration
 * (core store keys plugin_content_manager_configuration_content_types::<uid> and
 * …_components::<uid>) and set again at every start, so the code is the one place to change it.
 */

/** Columns and default order of a list view; attributes a type does not have are left out. */
export type ListView = { columns: string[]; sortBy: string; sortOrder: 'ASC' | 'DESC' };

/**
 * The review's dates are copies of the medicalReview component's (cms/src/medical-reviews/review-dates.ts
 * says why): a list can sort by them, not by the component.
 */
const MEDICAL_REVIEW_COLUMNS = [...REVIEW_DATE_FIELDS, 'reviewedBy'];

export const LIST_VIEWS: Record<string, ListView> = {
  'api::subtype.subtype': { columns: ['name', 'shortName', ...MEDICAL_REVIEW_COLUMNS], sortBy: 'sortOrder', sortOrder: 'ASC' },
  'api::treatment.treatment': { columns: ['name', 'category', 'howGiven', ...MEDICAL_REVIEW_COLUMNS], sortBy: 'name', sortOrder: 'ASC' },
  'api::diagnostic-test.diagnostic-test': { columns: ['name', 'category', ...MEDICAL_REVIEW_COLUMNS], sortBy: 'sortOrder', sortOrder: 'ASC' },
  'api::clinical-trial.clinical-trial': {
    columns: ['title', 'nctId', 'phase', 'recruitmentStatus', ...MEDICAL_REVIEW_COLUMNS],
    sortBy: 'title',
    sortOrder: 'ASC',
  },
  'api::support-service.support-service': { columns: ['name', 'category', 'locations', ...MEDICAL_REVIEW_COLUMNS], sortBy: 'name', sortOrder: 'ASC' },
  'api::physician.physician': {
    columns: ['fullName', 'specialty', 'locations', 'acceptingNewPatients', 'offersTelehealth'],
    sortBy: 'fullName',
    sortOrder: 'ASC',
  },
  'api::location.location': { columns: ['name', 'address', 'phone', 'physicians'], sortBy: 'name', sortOrder: 'ASC' },
  'api::specialty.specialty': { columns: ['name', 'physicians'], sortBy: 'name', sortOrder: 'ASC' },
};

/**
 * The field a component shows for itself: the title of each collapsed row of a repeatable
 * component (the day of opening hours, the language), and the value of a component column in a
 * list (the medical review's next due date).
 */
const COMPONENT_MAIN_FIELDS: Record<string, string> = {
  'location.opening-hours': 'day',
  'physician.language': 'language',
  'physician.education': 'institution',
  'content.titled-text': 'title',
  'content.section': 'heading',
  'content.call-to-action': 'heading',
  'shared.address': 'city',
  'shared.medical-review': 'nextReviewDue',
};

/** Labels where spelling out the attribute name would not do: the words an editor uses. */
const LABELS: Record<string, string> = {
  fullName: 'Full name',
  npi: 'NPI number',
  nctId: 'NCT number',
  slug: 'Web address (slug)',
  seo: 'SEO',
  defaultSeo: 'Default SEO',
  metaTitle: 'Title in search results',
  metaDescription: 'Description in search results',
  her2Status: 'HER2 status',
  estrogenReceptor: 'Estrogen receptor (ER)',
  progesteroneReceptor: 'Progesterone receptor (PR)',
  howGiven: 'How it is given',
  sideEffects: 'Side effects',
  photoAlt: 'Photo description (alt text)',
  linkHref: 'Link address',
  anchor: 'Link anchor (#…)',
  intro: 'Introduction',
  unit: 'Suite or unit',
  postalCode: 'ZIP code',
  offersTelehealth: 'Video visits',
  trialsLed: 'Trials led (principal investigator)',
  // "Status" is the admin's own draft/published column and filter.
  recruitmentStatus: 'Recruitment status',
  requestStatus: 'Request status',
};

/** Labels of attributes whose name means something else elsewhere, per content type or component. */
const LABELS_BY_MODEL: Record<string, Record<string, string>> = {
  'api::physician.physician': { title: 'Job title' },
  'physician.education': { kind: 'Kind of training', field: 'Field of study', year: 'Year completed' },
  'api::site-setting.site-setting': { showDemoNotice: 'Show the demo content notice' },
};

/**
 * Relations a content rule requires (cms/src/validation/content-rules.ts). Strapi marks a field
 * required only from schema.json's `required`, which the content contract does not allow on a
 * to-one relation (an unpublished target comes back as null), so the label says it.
 */
const REQUIRED_RELATION_LABELS: Record<string, Record<string, string>> = {
  'api::physician.physician': { specialty: 'Specialty (required)', locations: 'Locations (required)' },
  ...Object.fromEntries(
    MEDICAL_PAGE_TYPES.map((uid) => [uid, { reviewedBy: 'Reviewed by (required to publish)' }]),
  ),
};

/**
 * "acceptingNewPatients" → "Accepting new patients"; acronyms and special cases come from LABELS,
 * and from LABELS_BY_MODEL where the model (content type or component uid) is given.
 */
export function humanLabel(attribute: string, modelUid?: string): string {
  const special = (modelUid ? LABELS_BY_MODEL[modelUid]?.[attribute] : undefined) ?? LABELS[attribute];
  if (special) return special;
  const words = attribute.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The labels of one attribute in the edit view and in list columns and filters. */
export function labelsFor(uid: string, attribute: string): { edit: string; list: string } {
  const label = humanLabel(attribute, uid);
  return { edit: REQUIRED_RELATION_LABELS[uid]?.[attribute] ?? label, list: label };
}

type Metadata = { edit: Record<string, unknown>; list: Record<string, unknown> };
export type StoredConfiguration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list?: string[]; edit?: { name: string; size: number }[][] } & Record<string, unknown>;
};

/** What the CMS sets for one content type or component. */
export type AdminListPlan = {
  listView?: ListView;
  mainField?: string;
  /** Attributes the CMS keeps itself: shown in lists, never in the edit form. */
  notInEditView?: readonly string[];
};

function setIfDifferent(target: Record<string, unknown>, key: string, value: unknown): boolean {
  if (JSON.stringify(target[key]) === JSON.stringify(value)) return false;
  target[key] = value;
  return true;
}

/**
 * Applies the labels, list view and main field planned for one content type or component to its
 * stored configuration, in place; returns whether anything changed.
 */
export function withAdminLists(
  configuration: StoredConfiguration,
  model: { uid: string; attributes: Record<string, unknown> },
  plan: AdminListPlan = {},
): boolean {
  let changed = false;
  for (const attribute of Object.keys(model.attributes)) {
    const metadata = configuration.metadatas[attribute];
    if (!metadata?.edit || !metadata.list) continue;
    const labels = labelsFor(model.uid, attribute);
    changed = setIfDifferent(metadata.edit, 'label', labels.edit) || changed;
    changed = setIfDifferent(metadata.list, 'label', labels.list) || changed;
  }
  if (plan.listView) {
    const columns = plan.listView.columns.filter((column) => column in model.attributes);
    changed = setIfDifferent(configuration.layouts, 'list', columns) || changed;
    if (plan.listView.sortBy in model.attributes) {
      changed = setIfDifferent(configuration.settings, 'defaultSortBy', plan.listView.sortBy) || changed;
      changed = setIfDifferent(configuration.settings, 'defaultSortOrder', plan.listView.sortOrder) || changed;
    }
  }
  if (plan.mainField && plan.mainField in model.attributes) {
    changed = setIfDifferent(configuration.settings, 'mainField', plan.mainField) || changed;
  }
  const kept = new Set(plan.notInEditView ?? []);
  if (kept.size > 0 && configuration.layouts.edit) {
    const rows = configuration.layouts.edit.map((row) => row.filter((field) => !kept.has(field.name))).filter((row) => row.length > 0);
    changed = setIfDifferent(configuration.layouts, 'edit', rows) || changed;
    for (const attribute of kept) {
      const metadata = configuration.metadatas[attribute];
      if (metadata?.edit) changed = setIfDifferent(metadata.edit, 'editable', false) || changed;
    }
  }
  return changed;
}

/**
 * Sets the Content Manager's lists for editors at every start: columns and default order per
 * type, labels that read as words (list columns, filters and the edit view), required relations
 * marked as such, and what each component shows for itself when collapsed or in a column.
 * Appointment requests get their labels here and keep the list view of cms/src/bootstrap/admin-help-text.ts.
 */
export async function configureAdminLists(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const targets = [
    ...Object.values(strapi.contentTypes)
      .filter((model) => model.uid.startsWith('api::'))
      .map((model) => ({
        model,
        service: contentManager.service('content-types'),
        plan: { listView: LIST_VIEWS[model.uid], notInEditView: MEDICAL_PAGE_TYPES.includes(model.uid) ? REVIEW_DATE_FIELDS : [] } satisfies AdminListPlan,
      })),
    ...Object.values(strapi.components)
      .filter((model) => !model.uid.startsWith('plugin::'))
      .map((model) => ({ model, service: contentManager.service('components'), plan: { mainField: COMPONENT_MAIN_FIELDS[model.uid] } })),
  ];
  for (const { model, service, plan } of targets) {
    const { uid: _uid, category: _category, ...stored } = (await service.findConfiguration(model)) as StoredConfiguration & { uid: string; category?: string };
    if (withAdminLists(stored, model as { uid: string; attributes: Record<string, unknown> }, plan)) {
      await service.updateConfiguration(model, stored);
    }
  }
}
