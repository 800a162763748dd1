import {
  diagnosticTestCategorySchema,
  supportServiceCategorySchema,
  treatmentCategorySchema,
  type DiagnosticTestCategory,
  type SupportServiceCategory,
  type TreatmentCategory,
} from '@mbc/shared';

/**
 * The order groups appear in on the treatments, diagnosis and support pages: the content
 * contract's own order of each enumeration (their labels: the dictionary's labels). Pages only:
 * the client islands import format.ts, which must not bring the contract's schemas with it.
 */
export const TREATMENT_CATEGORY_ORDER: readonly TreatmentCategory[] = treatmentCategorySchema.options;
export const DIAGNOSTIC_TEST_CATEGORY_ORDER: readonly DiagnosticTestCategory[] = diagnosticTestCategorySchema.options;
export const SUPPORT_SERVICE_CATEGORY_ORDER: readonly SupportServiceCategory[] = supportServiceCategorySchema.options;
