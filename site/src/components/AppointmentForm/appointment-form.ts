/**
 * The appointment form in the browser (progressive enhancement: without this script the form
 * posts as plain HTML and the CMS answers with a redirect or a page of errors).
 *
 * With it, errors are shown as GOV.UK's error summary pattern does: a summary at the top that
 * takes focus and links to each field, a message above each field (linked with
 * aria-describedby), "Error: " at the start of the page title. The request goes as JSON; the CMS's
 * own errors are shown the same way; success goes to the thank-you page. If the CMS cannot be
 * reached from the script, the form falls back to a plain post.
 */
import type { Dictionary } from '../../i18n';
import { pageDictionary } from '../../i18n/client';
import {
  FORM_FIELDS,
  HONEYPOT_FIELD,
  LANGUAGE_FIELD,
  MAX_LENGTH,
  STARTED_AT_FIELD,
  errorTargetId,
  fieldId,
  validateAppointmentForm,
  type FieldError,
  type FormValues,
} from './form-fields';

function setup(form: HTMLFormElement, text: Dictionary['form']): void {
  const errorPrefix = text.errorPrefix;
  const section = form.closest('section') ?? document.body;
  const summary = section.querySelector<HTMLElement>('[data-error-summary]')!;
  const summaryList = section.querySelector<HTMLElement>('[data-error-summary-list]')!;
  const status = form.querySelector<HTMLElement>('[data-form-status]')!;
  const submit = form.querySelector<HTMLButtonElement>('[data-submit]')!;
  const locations = (form.dataset.locations ?? '').split(' ').filter(Boolean);
  // The page's locale: the messages here and the CMS's are in it, and the request records it.
  const language = form.querySelector<HTMLInputElement>(`input[name="${LANGUAGE_FIELD}"]`)?.value;
  const thankYou = form.dataset.thankYou ?? '/appointments/thank-you/';
  const pageTitle = document.title.startsWith(errorPrefix) ? document.title.slice(errorPrefix.length) : document.title;
  let sending = false;

  // This script checks the form itself, with messages next to each field.
  form.noValidate = true;
  const startedAt = form.querySelector<HTMLInputElement>('[data-started-at]');
  if (startedAt) startedAt.value = String(Date.now());
  setupCharacterCount(form, text);

  function values(): FormValues {
    const data = new FormData(form);
    const result: FormValues = {};
    for (const field of FORM_FIELDS) {
      const value = data.get(field);
      if (typeof value === 'string') result[field] = value;
    }
    return result;
  }

  function clearErrors(): void {
    summary.hidden = true;
    summaryList.replaceChildren();
    for (const group of form.querySelectorAll<HTMLElement>('.form-group--error')) group.classList.remove('form-group--error');
    for (const message of form.querySelectorAll<HTMLElement>('[data-error-message]')) {
      message.hidden = true;
      message.replaceChildren();
      for (const described of form.querySelectorAll<HTMLElement>(`[aria-describedby~="${message.id}"]`)) {
        const ids = (described.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== message.id);
        if (ids.length > 0) described.setAttribute('aria-describedby', ids.join(' '));
        else described.removeAttribute('aria-describedby');
      }
    }
    for (const invalid of form.querySelectorAll('[aria-invalid]')) invalid.removeAttribute('aria-invalid');
    document.title = pageTitle;
  }

  function showErrors(errors: FieldError[]): void {
    clearErrors();
    const shownFor = new Set<string>();
    for (const error of errors) {
      const group = error.field ? form.querySelector<HTMLElement>(`[data-field="${CSS.escape(error.field)}"]`) : null;
      const item = document.createElement('li');
      if (group && error.field) {
        const link = document.createElement('a');
        link.href = `#${errorTargetId(error.field)}`;
        link.textContent = error.message;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          focusField(error.field!);
        });
        item.append(link);
        if (!shownFor.has(error.field)) {
          shownFor.add(error.field);
          const message = markField(group, error.field, error.message);
          // "A phone number or an email address": both boxes are marked, and both are described by the one message.
          for (const other of error.alsoFields ?? []) {
            const otherGroup = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(other)}"]`);
            if (otherGroup && message) markInvalid(otherGroup, other, message);
          }
        }
      } else {
        item.textContent = error.message;
      }
      summaryList.append(item);
    }
    summary.hidden = false;
    document.title = `${errorPrefix}${pageTitle}`;
    summary.focus();
  }

  /** Shows the message in the field's group and marks the field with it; returns the message element. */
  function markField(group: HTMLElement, field: string, text: string): HTMLElement | null {
    const message = group.querySelector<HTMLElement>('[data-error-message]');
    if (!message) {
      group.classList.add('form-group--error');
      return null;
    }
    const prefix = document.createElement('span');
    prefix.className = 'visually-hidden';
    prefix.textContent = errorPrefix;
    message.replaceChildren(prefix, document.createTextNode(text));
    message.hidden = false;
    markInvalid(group, field, message);
    return message;
  }

  /** The error styling on the field's group, aria-invalid on its input, and the message in its description. */
  function markInvalid(group: HTMLElement, field: string, message: HTMLElement): void {
    group.classList.add('form-group--error');
    const fieldset = group.querySelector('fieldset');
    const control = group.querySelector<HTMLElement>(`#${CSS.escape(fieldId(field))}`);
    const described = fieldset ?? control;
    if (described) {
      const ids = (described.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      if (!ids.includes(message.id)) described.setAttribute('aria-describedby', [...ids, message.id].join(' '));
    }
    if (!fieldset && control) control.setAttribute('aria-invalid', 'true');
  }

  /** As GOV.UK does: focus the input, and scroll so that its label or legend is in view too. */
  function focusField(field: string): void {
    const target = document.getElementById(errorTargetId(field));
    if (!target) return;
    const legend = target.closest('fieldset')?.querySelector('legend');
    const label = legend ?? form.querySelector(`label[for="${CSS.escape(target.id)}"]`);
    target.focus({ preventScroll: true });
    (label ?? target).scrollIntoView({ block: 'start' });
  }

  function setSending(on: boolean): void {
    sending = on;
    submit.setAttribute('aria-disabled', String(on));
    status.textContent = on ? text.sending : '';
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    const entered = values();
    const problems = validateAppointmentForm(entered, locations, language);
    if (problems.length > 0) {
      showErrors(problems);
      return;
    }
    clearErrors();
    setSending(true);
    const data = new FormData(form);
    const body = {
      ...entered,
      consentToContact: entered.consentToContact === 'true',
      [HONEYPOT_FIELD]: String(data.get(HONEYPOT_FIELD) ?? ''),
      [STARTED_AT_FIELD]: String(data.get(STARTED_AT_FIELD) ?? ''),
      ...(language ? { [LANGUAGE_FIELD]: language } : {}),
    };
    let response: Response;
    try {
      response = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
        credentials: 'omit',
      });
    } catch {
      // The CMS could not be reached from the script (offline, blocked): send it as a plain form.
      setSending(false);
      HTMLFormElement.prototype.submit.call(form);
      return;
    }
    if (response.ok) {
      window.location.assign(thankYou);
      return;
    }
    setSending(false);
    const answer = (await response.json().catch(() => null)) as { errors?: FieldError[] } | null;
    const errors = answer?.errors?.length
      ? answer.errors
      : [{ field: null, message: text.sendFailed }];
    showErrors(errors);
  });
}

/** GOV.UK's character count: the limit is shown and announced instead of cutting the text off. */
function setupCharacterCount(form: HTMLFormElement, words: Dictionary['form']): void {
  const textarea = form.querySelector<HTMLTextAreaElement>(`#${fieldId('message')}`);
  const count = form.querySelector<HTMLElement>('[data-character-count]');
  const live = form.querySelector<HTMLElement>('[data-character-count-live]');
  if (!textarea || !count || !live) return;
  textarea.removeAttribute('maxlength');
  let timer: number | undefined;
  const update = () => {
    const length = textarea.value.replace(/\r\n?/g, '\n').length;
    const text = words.charactersLeft(MAX_LENGTH.message - length);
    count.textContent = text;
    count.classList.toggle('character-count--over', length > MAX_LENGTH.message);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (live.textContent = text), 600);
  };
  textarea.addEventListener('input', update);
  count.textContent = words.charactersLeft(MAX_LENGTH.message - textarea.value.length);
}

const forms = document.querySelectorAll<HTMLFormElement>('[data-appointment-form]');
if (forms.length > 0) {
  // Until the page's words are loaded (or if they cannot be), the form works as plain HTML.
  pageDictionary().then(
    (text) => forms.forEach((form) => setup(form, text.form)),
    (error: unknown) => console.error(error),
  );
}
