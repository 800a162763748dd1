/**
 * What the appointment request's validation says, in each of the site's languages: one
 * dictionary per locale (LOCALES, shared/src/locales.ts), chosen by the request's `language`.
 * The CMS answers with these, and the site's form shows the same ones before sending. Keyed by
 * LocaleCode, so a locale added to LOCALES does not compile until it has its dictionary.
 */
import type { LocaleCode } from '../locales.js';
import { US_PHONE_PROBLEM } from './phone.js';

/** The fields a person fills in (appointment-request.ts FORM_FIELDS), each with its name as messages say it. */
export type FormFieldLabels = {
  requestType: string;
  fullName: string;
  phone: string;
  email: string;
  preferredContactMethod: string;
  preferredContactTime: string;
  preferredLocation: string;
  message: string;
  consentToContact: string;
};

export type AppointmentRequestMessages = {
  /** How each field is named in a message. */
  fieldLabels: FormFieldLabels;
  notAnObject: string;
  notText: (label: string) => string;
  notOneLine: (label: string) => string;
  unstorableCharacters: (label: string) => string;
  tooLong: (label: string, maxLength: number, count: number) => string;
  chooseRequestType: string;
  enterFullName: string;
  phoneFormat: string;
  emailFormat: string;
  phoneOrEmail: string;
  chooseContactMethod: string;
  phoneChosenWithoutPhone: string;
  emailChosenWithoutEmail: string;
  chooseContactTime: string;
  chooseLocation: string;
  consentToContact: string;
  unknownField: (shown: string) => string;
  /** The page the CMS shows after a plain HTML form post that must be corrected. */
  problemPage: {
    title: string;
    intro: (problems: number) => string;
    goBack: string;
    startAgain: string;
    callUs: string;
    emergency: string;
  };
};

const englishLabels: FormFieldLabels = {
  requestType: 'What you need',
  fullName: 'Full name',
  phone: 'Phone number',
  email: 'Email address',
  preferredContactMethod: 'How to contact you',
  preferredContactTime: 'When to call',
  preferredLocation: 'Preferred location',
  message: 'Message',
  consentToContact: 'Permission to contact you',
};

const english: AppointmentRequestMessages = {
  fieldLabels: englishLabels,
  notAnObject: 'Send the form fields as a form post or a JSON object.',
  notText: (label) => `${label} must be text (one value).`,
  notOneLine: (label) => `${label} must be on one line, without special control characters.`,
  unstorableCharacters: (label) => `${label} contains characters that cannot be stored; type it again without special control characters.`,
  tooLong: (label, maxLength, count) => `${label} must be ${maxLength} characters or fewer (it has ${count}).`,
  chooseRequestType: 'Choose what you need: a first appointment after a new diagnosis, a second opinion, an appointment as a returning patient, or a referral.',
  enterFullName: 'Enter your full name.',
  phoneFormat: `${englishLabels.phone} ${US_PHONE_PROBLEM}`,
  emailFormat: 'Enter an email address in the correct format, like name@example.com.',
  phoneOrEmail: 'Enter a phone number or an email address, so we can reach you.',
  chooseContactMethod: 'Choose how you would like us to contact you: by phone or by email.',
  phoneChosenWithoutPhone: 'You chose to be contacted by phone: enter a phone number, or choose email.',
  emailChosenWithoutEmail: 'You chose to be contacted by email: enter an email address, or choose phone.',
  chooseContactTime: 'Choose when we should contact you: any time, morning or afternoon.',
  chooseLocation: 'Choose a location from the list, or no preference.',
  consentToContact: 'Tick the box to agree that we may contact you about this request.',
  unknownField: (shown) => `"${shown}" is not a field of this form; send only the form's fields.`,
  problemPage: {
    title: 'There is a problem with your request',
    intro: (problems) => `We could not send your request yet. Please correct ${problems === 1 ? 'this' : 'these'}, then send it again:`,
    goBack: 'Use your browser’s Back button to return to the form: what you typed is still there. Or',
    startAgain: 'start the form again',
    callUs: 'You can also call us at',
    emergency: 'In an emergency, call 911.',
  },
};

const spanishLabels: FormFieldLabels = {
  requestType: 'Qué necesita',
  fullName: 'Nombre completo',
  phone: 'Número de teléfono',
  email: 'Correo electrónico',
  preferredContactMethod: 'Cómo contactarle',
  preferredContactTime: 'Cuándo llamarle',
  preferredLocation: 'Clínica que prefiere',
  message: 'Mensaje',
  consentToContact: 'Permiso para contactarle',
};

const spanish: AppointmentRequestMessages = {
  fieldLabels: spanishLabels,
  notAnObject: 'Envíe los campos del formulario como un formulario o como un objeto JSON.',
  notText: (label) => `${label}: escriba un texto (un solo valor).`,
  notOneLine: (label) => `${label}: escríbalo en una sola línea, sin caracteres de control especiales.`,
  unstorableCharacters: (label) => `${label} tiene caracteres que no se pueden guardar. Escríbalo de nuevo sin caracteres de control especiales.`,
  tooLong: (label, maxLength, count) => `${label} debe tener ${maxLength} caracteres o menos (tiene ${count}).`,
  chooseRequestType: 'Elija qué necesita: una primera cita tras un diagnóstico nuevo, una segunda opinión, una cita como paciente que regresa o una remisión.',
  enterFullName: 'Escriba su nombre completo.',
  phoneFormat: 'Escriba un número de teléfono de EE. UU. con su código de área, por ejemplo (919) 555-0123 o 919-555-0123.',
  emailFormat: 'Escriba un correo electrónico con el formato correcto, por ejemplo nombre@ejemplo.com.',
  phoneOrEmail: 'Escriba un número de teléfono o un correo electrónico, para que podamos comunicarnos con usted.',
  chooseContactMethod: 'Elija cómo prefiere que le contactemos: por teléfono o por correo electrónico.',
  phoneChosenWithoutPhone: 'Eligió que le contactemos por teléfono: escriba un número de teléfono, o elija correo electrónico.',
  emailChosenWithoutEmail: 'Eligió que le contactemos por correo electrónico: escriba su correo, o elija teléfono.',
  chooseContactTime: 'Elija cuándo prefiere que le contactemos: a cualquier hora, por la mañana o por la tarde.',
  chooseLocation: 'Elija una clínica de la lista, o sin preferencia.',
  consentToContact: 'Marque la casilla para aceptar que le contactemos sobre esta solicitud.',
  unknownField: (shown) => `"${shown}" no es un campo de este formulario. Envíe solo los campos del formulario.`,
  problemPage: {
    title: 'Hay un problema con su solicitud',
    intro: (problems) => `Todavía no pudimos enviar su solicitud. Por favor, ${problems === 1 ? 'corrija esto' : 'corrija estos puntos'} y envíela de nuevo:`,
    goBack: 'Use el botón Atrás de su navegador para volver al formulario: lo que escribió sigue ahí. O',
    startAgain: 'empiece el formulario de nuevo',
    callUs: 'También puede llamarnos al',
    emergency: 'En una emergencia, llame al 911.',
  },
};

/** Every locale's messages; English word for word as the form has always said them. */
export const APPOINTMENT_REQUEST_MESSAGES: Readonly<Record<LocaleCode, AppointmentRequestMessages>> = { en: english, es: spanish };

/** The messages in a request's language. */
export function appointmentRequestMessages(language: LocaleCode): AppointmentRequestMessages {
  return APPOINTMENT_REQUEST_MESSAGES[language];
}
