import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::clinical-trial.clinical-trial');
