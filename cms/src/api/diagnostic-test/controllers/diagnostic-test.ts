import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::diagnostic-test.diagnostic-test');
