// Every format rule of the contract, once: the CMS's document middleware, the appointment intake,
// the bulk import, the generator, the site's parser and its form script all use these.
export * from './result.js';
export * from './npi.js';
export * from './nct-id.js';
export * from './slug.js';
export * from './dates.js';
export * from './coordinates.js';
export * from './opening-times.js';
export * from './phone.js';
export * from './appointment-request.js';
export * from './appointment-request-messages.js';
