import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::condition-page.condition-page');
