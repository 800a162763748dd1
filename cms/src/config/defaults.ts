/**
 * Every default of the CMS workspace, written once. The ports are the project's (DESIGN.md):
 * CMS 1337, site 4321, rebuild service 4322, draft preview 4323.
 */
export const DEFAULTS = {
  host: '127.0.0.1',
  port: 1337,
  siteUrl: 'http://127.0.0.1:4321',
  /** The local rebuild service (scripts/rebuild). */
  rebuildWebhookUrl: 'http://127.0.0.1:4322/hooks/strapi',
  localAdminEmail: 'admin@cancer-center.local',
  /** The draft preview server (site/preview), as editors' browsers reach it. */
  previewUrl: 'http://127.0.0.1:4323',
} as const;
