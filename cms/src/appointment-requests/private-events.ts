import type { Core } from '@strapi/strapi';
import { APPOINTMENT_REQUEST_UID } from './settings';

/** The request's model name, as Strapi's document service puts it in an event's `model`. */
const APPOINTMENT_REQUEST_MODEL = 'appointment-request';

/**
 * Whether an event is about an appointment request. Strapi's document service emits
 * entry.create, entry.update, entry.delete… with `{ model, uid, entry }`; any event naming the
 * request's content type counts, whatever its name.
 */
export function isAppointmentRequestEvent(payload: unknown): boolean {
  if (typeof payload !== 'object' || payload === null) return false;
  const { uid, model } = payload as { uid?: unknown; model?: unknown };
  if (uid !== undefined) return uid === APPOINTMENT_REQUEST_UID;
  return model === APPOINTMENT_REQUEST_MODEL;
}

const guarded = new WeakSet<object>();

/**
 * Appointment requests never leave the CMS through its events: an event about one is not
 * emitted at all, so no webhook (the site's rebuild service, or one an administrator adds for
 * entry.* events) is sent and no listener logs it. Even a deletion tells the outside that
 * someone asked for an appointment, and when; and a request never changes the site.
 *
 * Wraps the event hub's emit, which every publisher calls and from which the webhook runner and
 * every subscriber are fed. Call in register(), before anything emits. Calling it again changes
 * nothing. (Strapi's Enterprise audit log, fed by the same events, would not record requests either.)
 */
export function registerPrivateEvents(strapi: Core.Strapi): void {
  const eventHub = strapi.eventHub;
  if (guarded.has(eventHub)) return;
  guarded.add(eventHub);
  const emit = eventHub.emit.bind(eventHub);
  eventHub.emit = async (eventName: string, ...args: unknown[]) => {
    if (isAppointmentRequestEvent(args[0])) return;
    return emit(eventName, ...args);
  };
}
