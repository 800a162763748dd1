import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::diagnostic-test.diagnostic-test');
