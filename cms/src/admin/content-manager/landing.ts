/**
 * Where the Content Manager opens. Strapi opens it on the first type in alphabetical order, which
 * for an administrator is "Appointment request", a list editors never work in; it opens on the
 * first of these the signed-in user may read instead.
 */
const EDITORS_TYPES: { uid: string; kind: 'collection-types' | 'single-types' }[] = [
  { uid: 'api::subtype.subtype', kind: 'collection-types' },
  { uid: 'api::treatment.treatment', kind: 'collection-types' },
  { uid: 'api::physician.physician', kind: 'collection-types' },
  { uid: 'api::location.location', kind: 'collection-types' },
  { uid: 'api::clinical-trial.clinical-trial', kind: 'collection-types' },
  { uid: 'api::diagnostic-test.diagnostic-test', kind: 'collection-types' },
  { uid: 'api::support-service.support-service', kind: 'collection-types' },
  { uid: 'api::specialty.specialty', kind: 'collection-types' },
  { uid: 'api::condition-page.condition-page', kind: 'single-types' },
  { uid: 'api::site-setting.site-setting', kind: 'single-types' },
];

const READ = 'plugin::content-manager.explorer.read';

/**
 * The page the Content Manager opens on for someone with these permissions: the first editor's
 * type they may read, else the first type they may read at all (a care coordinator's
 * appointment requests), else Strapi's own "no access" page.
 */
export function contentManagerLanding(permissions: { action: string; subject?: string | null }[]): string {
  const readable = permissions.filter((permission) => permission.action === READ && permission.subject).map((permission) => permission.subject!);
  const preferred = EDITORS_TYPES.find(({ uid }) => readable.includes(uid));
  if (preferred) return `/content-manager/${preferred.kind}/${preferred.uid}`;
  const other = [...readable].sort()[0];
  return other ? `/content-manager/collection-types/${other}` : '/content-manager/403';
}
