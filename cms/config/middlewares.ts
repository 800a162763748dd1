import { corsOrigins } from '../src/appointment-requests/cors';
import { intakeSettings } from '../src/appointment-requests/settings';

export default ({ env: _env }) => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // Only the static site (SITE_URL) may call the appointment intake from a script.
  { name: 'strapi::cors', config: { origin: corsOrigins(intakeSettings(process.env).siteOrigin) } },
  'strapi::poweredBy',
  'strapi::query',
  // Before strapi::body: rate limit and size cap for the appointment intake, ahead of reading the body.
  'global::appointment-request-gate',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  // Uploaded files are named by their content hash: cacheable for a year (src/middlewares/uploads-cache.ts).
  'global::uploads-cache',
  'strapi::public',
  'global::published-only',
];
