import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::diagnostic-test.diagnostic-test');
