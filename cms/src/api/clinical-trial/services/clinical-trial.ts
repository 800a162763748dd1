import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::clinical-trial.clinical-trial');
