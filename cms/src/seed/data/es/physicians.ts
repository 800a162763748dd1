import type { SeedTranslation } from '../../types';

/** Physicians in Spanish, keyed by their English slug. A physician left out shows the English text. */
export const physicians: SeedTranslation['physicians'] = {};
