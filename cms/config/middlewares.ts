import { corsOrigins, corsSettings } from '../src/access/cors';

export default () => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // Only our own origins may call the CMS from a script (src/access/cors.ts).
  { name: 'strapi::cors', config: { origin: corsOrigins(corsSettings(process.env)) } },
  // No strapi::poweredBy: the X-Powered-By header only tells an attacker what to try.
  'strapi::query',
  // Before strapi::body: rate limit and size cap for the appointment intake, ahead of reading the body.
  'global::appointment-request-gate',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  // Uploads: cacheable for a year (named by content hash), never rendered as active content (src/middlewares/uploads-headers.ts).
  'global::uploads-headers',
  'strapi::public',
];
