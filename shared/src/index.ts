/** @mbc/shared: the content contract between the CMS and the site. */

// Populate presets, the registry of content types, and REST query strings.
export * from './populate';

// One entry per content type, as Strapi 5 REST returns it with that type's preset.
export * from './schemas/subtype';
export * from './schemas/treatment';
export * from './schemas/diagnostic-test';
export * from './schemas/location';
export * from './schemas/physician';
export * from './schemas/specialty';
export * from './schemas/clinical-trial';
export * from './schemas/support-service';
export * from './schemas/condition-page';
export * from './schemas/site-setting';

// The pieces they are built from.
export * from './schemas/common';
export * from './schemas/enums';
export * from './schemas/blocks';
export * from './schemas/components';
export * from './schemas/references';

// Parsing with messages that name the entry, and the CMS ↔ contract drift check.
export * from './parse';
export * from './contract-drift';
