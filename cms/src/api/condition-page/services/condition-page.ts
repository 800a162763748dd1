import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::condition-page.condition-page');
