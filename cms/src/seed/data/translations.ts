import type { SeedTranslation } from '../types';
import { spanish } from './es';

/** The demo content's translations, one per locale other than the default (whose content is the data beside this file). */
export const translations: SeedTranslation[] = [spanish];
