import type { Core } from '@strapi/strapi';
import { LOCALE_CODES } from '@mbc/shared';
import { APPOINTMENT_REQUEST_UID } from '../appointment-requests/settings';
import { SITE_CONTENT_TYPES } from './content-types';

type Permission = { id?: number; action: string; subject?: string | null; properties?: Record<string, unknown>; conditions?: string[] };
type Action = { actionId: string; subjects?: string[]; options?: { applyToProperties?: string[] } };
type Role = { id: number; name: string; description?: string; permissions?: Permission[] };
/** The parts of Strapi's admin services used here. */
type PermissionService = {
  actionProvider: { get(actionId: string): Action | undefined; appliesToProperty(property: string, actionId: string, subject?: string | null): Promise<boolean> };
};
type ContentTypeService = { getPermissionsWithNestedFields(actions: Action[]): Permission[] };
type RoleService = {
  findOne(where: { name: string }): Promise<Role | null>;
  create(role: { name: string; description: string }): Promise<Role>;
  update(where: { id: number }, role: { description: string }): Promise<unknown>;
  assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
  getSuperAdmin(): Promise<Role | null | undefined>;
  find(where: Record<string, never>, populate: string[]): Promise<Role[]>;
};
type RoleDefinition = { name: string; description: string; permissions: (strapi: Core.Strapi) => Permission[] };

const explorer = (action: string) => `plugin::content-manager.explorer.${action}`;

/** Content-manager permissions on `subjects`, each field-level action covering every field. */
function contentPermissions(strapi: Core.Strapi, subjects: readonly string[], actions: string[]): Permission[] {
  const provider = (strapi.service('admin::permission') as unknown as PermissionService).actionProvider;
  const chosen = actions.map((actionId) => {
    const action = provider.get(actionId);
    if (!action) throw new Error(`The admin has no permission action ${actionId}.`);
    return { ...action, subjects: (action.subjects ?? []).filter((subject) => subjects.includes(subject)) };
  });
  return (strapi.service('admin::content-type') as unknown as ContentTypeService).getPermissionsWithNestedFields(chosen);
}

/**
 * The permissions in every language (LOCALES): on a localized type, Strapi's admin allows an
 * action only in the locales its permission lists, and an editor writes each language's version.
 */
async function inEveryLocale(strapi: Core.Strapi, permissions: Permission[]): Promise<Permission[]> {
  const provider = (strapi.service('admin::permission') as unknown as PermissionService).actionProvider;
  return Promise.all(
    permissions.map(async (permission) =>
      permission.subject && (await provider.appliesToProperty('locales', permission.action, permission.subject))
        ? { ...permission, properties: { ...permission.properties, locales: [...LOCALE_CODES] } }
        : permission,
    ),
  );
}

/** Media library use, as Strapi's own Editor role has it. */
const MEDIA_PERMISSIONS: Permission[] = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
].map((action) => ({ action, subject: null, properties: {}, conditions: [] }));

export const CARE_COORDINATOR: RoleDefinition = {
  name: 'Care coordinator',
  description:
    'Reads appointment and second-opinion requests, records their status and notes, and deletes them when done. Sees no other content. Managed by the CMS at start.',
  permissions: (strapi) => [
    ...contentPermissions(strapi, [APPOINTMENT_REQUEST_UID], [explorer('read'), explorer('delete')]),
    // What the person sent stays as sent: a coordinator changes only the status and the notes.
    { action: explorer('update'), subject: APPOINTMENT_REQUEST_UID, properties: { fields: ['requestStatus', 'staffNotes'] }, conditions: [] },
  ],
};

export const MEDICAL_CONTENT_EDITOR: RoleDefinition = {
  name: 'Medical content editor',
  description:
    'Writes, reviews and publishes the section’s content (subtypes, treatments, physicians, locations, trials…) and its media. Never sees appointment requests. Managed by the CMS at start.',
  permissions: (strapi) => [
    ...contentPermissions(strapi, SITE_CONTENT_TYPES, ['create', 'read', 'update', 'delete', 'publish'].map(explorer)),
    ...MEDIA_PERMISSIONS,
  ],
};

const MANAGED_ROLES = [CARE_COORDINATOR, MEDICAL_CONTENT_EDITOR];

/**
 * Creates the admin roles the section needs, idempotently, and sets their permissions to exactly
 * what is defined here on every start (changes made in the admin to these two roles are undone).
 * Then makes sure no other role, except the Super Admin's, can touch appointment requests:
 * Strapi's default Editor and Author roles are given every content type when first created.
 */
export async function ensureAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  const managedIds: number[] = [];
  for (const definition of MANAGED_ROLES) {
    let role = await roles.findOne({ name: definition.name });
    if (!role) {
      role = await roles.create({ name: definition.name, description: definition.description });
      strapi.log.info(`Created the admin role "${definition.name}".`);
    } else if (role.description !== definition.description) {
      await roles.update({ id: role.id }, { description: definition.description });
    }
    await roles.assignPermissions(role.id, await inEveryLocale(strapi, definition.permissions(strapi)));
    managedIds.push(role.id);
  }

  const superAdmin = await roles.getSuperAdmin();
  const coordinatorId = managedIds[MANAGED_ROLES.indexOf(CARE_COORDINATOR)];
  for (const role of await roles.find({}, ['permissions'])) {
    if (role.id === coordinatorId || role.id === superAdmin?.id) continue;
    const permissions = (role.permissions ?? []) as Permission[];
    const kept = permissions.filter((permission) => permission.subject !== APPOINTMENT_REQUEST_UID);
    if (kept.length !== permissions.length) {
      await roles.assignPermissions(role.id, kept);
      strapi.log.warn(`Removed the "${role.name}" role's access to appointment requests: only care coordinators may see them.`);
    }
  }
}
