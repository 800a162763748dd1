/**
 * The appointment request's choices (appointment-request.ts validates them). A plain module with
 * no imports, so a browser script can name them (the site's dictionaries, which the finder loads
 * too) without the request's validation in its download.
 */
export const REQUEST_TYPE_OPTIONS = [
  { value: 'new_diagnosis', label: 'A first appointment after a new diagnosis' },
  { value: 'second_opinion', label: 'A second opinion on a diagnosis or treatment plan' },
  { value: 'returning_patient', label: 'An appointment as a returning patient (seen here in the last 3 years)' },
  { value: 'referring_physician', label: 'I am a doctor referring a patient' },
] as const;

export const CONTACT_METHOD_OPTIONS = [
  { value: 'phone', label: 'Phone' },
  { value: 'email', label: 'Email' },
] as const;

export const CONTACT_TIME_OPTIONS = [
  { value: 'any_time', label: 'Any time' },
  { value: 'morning', label: 'Morning (8 am to noon)' },
  { value: 'afternoon', label: 'Afternoon (noon to 5 pm)' },
] as const;
