import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::clinical-trial.clinical-trial');
