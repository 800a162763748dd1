import type { Core } from '@strapi/strapi';

/**
 * Anonymous visitors get nothing from the content API: the public role holds no content
 * permission, and self-registration (which would hand out the "authenticated" role) is off.
 */
export async function lockDownPublicAccess(strapi: Core.Strapi): Promise<void> {
  const roles = await strapi.db.query('plugin::users-permissions.role').findMany({
    where: { type: { $in: ['public', 'authenticated'] } },
    populate: ['permissions'],
  });
  for (const role of roles) {
    const contentPermissions = (role.permissions ?? []).filter((permission: { action: string }) => permission.action.startsWith('api::'));
    if (contentPermissions.length > 0) {
      await strapi.db.query('plugin::users-permissions.permission').deleteMany({
        where: { id: { $in: contentPermissions.map((permission: { id: number }) => permission.id) } },
      });
      strapi.log.warn(`Removed ${contentPermissions.length} content permission(s) from the ${role.type} role: the content API is token-only.`);
    }
  }

  const advancedSettings = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const current = ((await advancedSettings.get()) ?? {}) as Record<string, unknown>;
  if (current.allow_register !== false) {
    await advancedSettings.set({ value: { ...current, allow_register: false } });
  }
}
