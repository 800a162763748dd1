/**
 * The appointment request form: its fields, choices, limits and the checks the browser runs
 * before sending. The CMS checks everything again (cms/src/appointment-requests/validate.ts) and
 * is the authority; test/appointment-form.test.ts holds the two to the same fields, choices,
 * limits and verdicts. Pure: used by the Astro component at build time and by the form's script.
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

export const MAX_LENGTH = { fullName: 100, phone: 30, email: 254, message: 500 } as const;

/** The fields a person fills in, in the order the form shows them (errors are listed in this order). */
export const FORM_FIELDS = [
  'requestType',
  'fullName',
  'phone',
  'email',
  'preferredContactMethod',
  'preferredContactTime',
  'preferredLocation',
  'message',
  'consentToContact',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** The honeypot (hidden from people) and the time the form was shown; see the CMS's bot-check.ts. */
export const HONEYPOT_FIELD = 'website';
export const STARTED_AT_FIELD = 'startedAt';

export type FormValues = Partial<Record<FormField, string>>;
export type FieldError = {
  field: string | null;
  message: string;
  /** Other fields the message is about, marked with it: "a phone number or an email address" is about both. */
  alsoFields?: FormField[];
};

/**
 * Example phone numbers for the form's hint and messages: fictional ones (555-0100 to 555-0199
 * are set aside for fiction), so an example is never a number someone answers.
 */
const EXAMPLE_PHONES = ['(919) 555-0142', '(919) 555-0178'] as const;

const tenDigits = (phone: string) => phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

/**
 * The example phone number to show, never the center's own appointment number: shown next to
 * the phone box, that number reads as the one to type in, and the center would call itself back.
 */
export function examplePhone(appointmentPhone: string | null | undefined): string {
  const own = tenDigits(appointmentPhone ?? '');
  return EXAMPLE_PHONES.find((example) => tenDigits(example) !== own) ?? EXAMPLE_PHONES[0];
}

/** The id of a field's input, or of one option's input in a group of radios. */
export function fieldId(field: string, option?: string): string {
  return option === undefined ? `appointment-${field}` : `appointment-${field}-${option.replace(/_/g, '-')}`;
}

/** Where an error message links to: the input, or the first option of a group. */
export function errorTargetId(field: string): string {
  switch (field) {
    case 'requestType':
      return fieldId(field, REQUEST_TYPE_OPTIONS[0].value);
    case 'preferredContactMethod':
      return fieldId(field, CONTACT_METHOD_OPTIONS[0].value);
    case 'preferredContactTime':
      return fieldId(field, CONTACT_TIME_OPTIONS[0].value);
    default:
      return fieldId(field);
  }
}

/** The CMS's address the form posts to: the public CMS URL of the build. */
export function intakeUrl(env: Record<string, string | undefined>): string {
  const cms = (env.CMS_PUBLIC_URL?.trim() || env.STRAPI_URL?.trim() || 'http://127.0.0.1:1337').replace(/\/+$/, '');
  return `${cms}/api/appointment-requests`;
}

// A US number with area code (NANP), like the CMS's checkUsPhone.
const US_PHONE = /^(?:\+?1[ .-]?)?(?:\(([2-9]\d{2})\)|([2-9]\d{2}))[ .-]?([2-9]\d{2})[ .-]?(\d{4})$/;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

const oneOf = (options: readonly { value: string }[], value: string | undefined) => options.some((option) => option.value === value);
const text = (value: string | undefined) => (value ?? '').trim();

/**
 * The checks the browser runs before sending, with the messages a person sees next to each field.
 * `locations` are the slugs the location list offers; `phoneExample` the number the messages
 * give as an example (examplePhone()).
 */
export function validateAppointmentForm(
  values: FormValues,
  locations: readonly string[],
  { phoneExample = EXAMPLE_PHONES[0] }: { phoneExample?: string } = {},
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: FormField, message: string, alsoFields?: FormField[]) => errors.push(alsoFields ? { field, message, alsoFields } : { field, message });

  if (!oneOf(REQUEST_TYPE_OPTIONS, values.requestType)) add('requestType', 'Choose what you need');

  const fullName = text(values.fullName);
  if (fullName === '') add('fullName', 'Enter your full name');
  else if (fullName.length > MAX_LENGTH.fullName) add('fullName', `Full name must be ${MAX_LENGTH.fullName} characters or fewer`);
  else if (CONTROL_CHARACTERS.test(fullName)) add('fullName', 'Full name must be on one line');

  const phone = text(values.phone);
  const email = text(values.email);
  if (phone !== '' && (phone.length > MAX_LENGTH.phone || !US_PHONE.test(phone))) {
    add('phone', `Enter a US phone number with area code, like ${phoneExample}`);
  }
  if (email !== '' && (email.length > MAX_LENGTH.email || !EMAIL.test(email))) {
    add('email', 'Enter an email address in the correct format, like name@example.com');
  }
  if (phone === '' && email === '') add('phone', 'Enter a phone number or an email address, so we can reach you', ['email']);

  const method = values.preferredContactMethod;
  if (!oneOf(CONTACT_METHOD_OPTIONS, method)) add('preferredContactMethod', 'Choose how you would like us to contact you');
  else if (method === 'phone' && phone === '' && email !== '') add('preferredContactMethod', 'You chose phone: enter a phone number, or choose email');
  else if (method === 'email' && email === '' && phone !== '') add('preferredContactMethod', 'You chose email: enter an email address, or choose phone');

  if (!oneOf(CONTACT_TIME_OPTIONS, values.preferredContactTime)) add('preferredContactTime', 'Choose when we should contact you');

  const location = text(values.preferredLocation);
  if (location !== '' && !locations.includes(location)) add('preferredLocation', 'Choose a location from the list, or no preference');

  const message = text(values.message).replace(/\r\n?/g, '\n');
  if (message.length > MAX_LENGTH.message) add('message', `Message must be ${MAX_LENGTH.message} characters or fewer (it has ${message.length})`);

  if (values.consentToContact !== 'true') add('consentToContact', 'Tick the box to agree that we may contact you about this request');
  return errors;
}

/** "You have 20 characters remaining" / "You have 3 characters too many", as GOV.UK's character count says it. */
export function charactersLeftText(length: number, max: number = MAX_LENGTH.message): string {
  const left = max - length;
  const count = (n: number) => `${n} character${n === 1 ? '' : 's'}`;
  return left >= 0 ? `You have ${count(left)} remaining` : `You have ${count(-left)} too many`;
}
