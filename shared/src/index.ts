/** @mbc/shared: the content contract between the CMS and the site. */

// Every format rule (NPI, NCT id, slug, dates, coordinates, opening times, US phone) and the
// appointment request's fields and validation.
export * from './rules/index.js';

// Populate presets, the registry of content types, and REST query strings.
export * from './populate.js';

// One entry per content type, as Strapi 5 REST returns it with that type's preset.
export * from './schemas/subtype.js';
export * from './schemas/treatment.js';
export * from './schemas/diagnostic-test.js';
export * from './schemas/location.js';
export * from './schemas/physician.js';
export * from './schemas/specialty.js';
export * from './schemas/clinical-trial.js';
export * from './schemas/support-service.js';
export * from './schemas/condition-page.js';
export * from './schemas/site-setting.js';

// The pieces they are built from.
export * from './schemas/common.js';
export * from './schemas/enums.js';
export * from './schemas/blocks.js';
export * from './schemas/components.js';
export * from './schemas/references.js';

// The languages, and which fields of each content type are translated.
export * from './locales.js';
export * from './language-names.js';
export * from './translations.js';

// The site's page addresses, and which page shows each entry.
export * from './pages.js';

// Parsing with messages that name the entry, and the CMS ↔ contract drift check.
export * from './parse.js';
export * from './contract-drift.js';

// The Content-Security-Policy the site's pages are served with (static site and draft preview).
export * from './site-headers.js';
