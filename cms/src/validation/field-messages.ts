import type { FieldError } from './content-rules';

/**
 * How a refused save reaches the admin. Strapi's edit view puts each `details.errors[]` entry's
 * message under the field its `path` names ("medicalReview.lastReviewed", "hours.0.closes"), so
 * that message is the rule alone, as a sentence: "Cannot be in the future (…)". The error's
 * own message, for REST callers and the admin's notification, keeps naming each field.
 */
export function messageUnderField(error: FieldError): string {
  const field = error.path.join('.');
  const rule = error.message.startsWith(`${field} `) ? error.message.slice(field.length + 1) : error.message;
  return rule.charAt(0).toUpperCase() + rule.slice(1);
}

/** The details of the ValidationError a refused save throws: one entry per field, in the admin's shape. */
export function validationDetails(fieldErrors: FieldError[]): { errors: { path: string[]; message: string; name: 'ValidationError' }[] } {
  return {
    errors: fieldErrors.map((error) => ({ path: error.path.map(String), message: messageUnderField(error), name: 'ValidationError' })),
  };
}
