/**
 * The "near you" controls in the browser (NearYou.astro): "Use my current location" (the
 * browser is asked for the position only on that click) and the ZIP code box. Shared by the
 * doctor finder and the locations page; each page owns its state and the address bar, and tells
 * this control what to show with show().
 */
import type { Dictionary } from '../../i18n';
import { isLatLng, type LatLng } from '../../lib/finder/geo';
import { roundPosition, type NearPosition } from '../../lib/finder/state';
import { lookupZip, parseZipInput, parseZipTable, zipErrorMessage, type ZipTable } from '../../lib/finder/zip';

/** How long to wait for the device's position before offering the ZIP box instead. */
export const GEOLOCATION_TIMEOUT_MS = 10_000;

export type Resolved = { ok: true; position: LatLng } | { ok: false; message: string };

const zipTables = new Map<string, Promise<ZipTable>>();

/** The ZIP code table, fetched the first time a ZIP code is used and kept for the page's life. */
export function loadZipTable(url: string): Promise<ZipTable> {
  let table = zipTables.get(url);
  if (!table) {
    table = fetch(url, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .then(parseZipTable);
    // A failed download may be retried on the next search.
    table.catch(() => zipTables.delete(url));
    zipTables.set(url, table);
  }
  return table;
}

/** Where distances are measured from, for a state read from the address. */
export async function resolveNear(near: NearPosition, zipTableUrl: string, text: Dictionary['nearYou']): Promise<Resolved> {
  if (near.kind === 'device') return { ok: true, position: { latitude: near.latitude, longitude: near.longitude } };
  try {
    const found = lookupZip(near.zip, await loadZipTable(zipTableUrl), text);
    return found.ok ? { ok: true, position: found.position } : { ok: false, message: found.message };
  } catch {
    return { ok: false, message: text.zipListFailed };
  }
}

export function describeNear(near: NearPosition, text: Dictionary['nearYou']): string {
  return near.kind === 'zip' ? text.zip(near.zip) : text.yourLocation;
}

export interface NearYouControl {
  /** Shows a state: the ZIP box's value, what distances are measured from, any message. */
  show(near: NearPosition | null, message?: string): void;
}

export interface NearYouOptions {
  form: HTMLFormElement;
  zipTableUrl: string;
  /** A new position chosen by the visitor (null: stop sorting by distance). */
  onChoose(near: NearPosition | null, position: LatLng | null): void;
  /** The page's words (its dictionary's nearYou). */
  text: Dictionary['nearYou'];
}

function geolocationMessage(error: GeolocationPositionError | null, text: Dictionary['nearYou']): string {
  if (!error) return text.noGeolocation;
  if (error.code === error.PERMISSION_DENIED) return text.geolocationDenied;
  if (error.code === error.TIMEOUT) return text.geolocationTimeout;
  return text.geolocationFailed;
}

export function createNearYou({ form, zipTableUrl, onChoose, text }: NearYouOptions): NearYouControl {
  const locate = form.querySelector<HTMLButtonElement>('[data-near-you-locate]')!;
  const zipInput = form.querySelector<HTMLInputElement>('input[name="zip"]')!;
  const message = form.querySelector<HTMLElement>('[data-near-you-message]')!;
  const current = form.querySelector<HTMLElement>('[data-near-you-current]')!;
  const currentText = form.querySelector<HTMLElement>('[data-near-you-current-text]')!;
  const clear = form.querySelector<HTMLButtonElement>('[data-near-you-clear]')!;

  const setMessage = (text: string, isError: boolean) => {
    message.textContent = text;
    message.hidden = text === '';
    message.classList.toggle('near-you__message--error', isError);
    if (isError) zipInput.setAttribute('aria-invalid', 'true');
    else zipInput.removeAttribute('aria-invalid');
  };
  const offerZipBox = (text: string) => {
    setMessage(text, true);
    zipInput.focus();
  };

  locate.addEventListener('click', () => {
    // Busy, not disabled: a disabled button loses the focus (to the page itself), and with it the
    // screen reader's place. The live region says what is happening.
    if (locate.getAttribute('aria-disabled') === 'true') return;
    if (!('geolocation' in navigator)) {
      offerZipBox(geolocationMessage(null, text));
      return;
    }
    locate.setAttribute('aria-disabled', 'true');
    setMessage(text.finding, false);
    const done = () => locate.removeAttribute('aria-disabled');
    navigator.geolocation.getCurrentPosition(
      (geoPosition) => {
        done();
        const position = roundPosition({ latitude: geoPosition.coords.latitude, longitude: geoPosition.coords.longitude });
        if (!isLatLng(position)) {
          offerZipBox(geolocationMessage(null, text));
          return;
        }
        setMessage('', false);
        zipInput.value = '';
        onChoose({ kind: 'device', ...position }, position);
      },
      (error) => {
        done();
        offerZipBox(geolocationMessage(error, text));
      },
      { enableHighAccuracy: false, timeout: GEOLOCATION_TIMEOUT_MS, maximumAge: 10 * 60_000 },
    );
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = parseZipInput(zipInput.value);
    // A malformed ZIP code is refused before the table is downloaded.
    if (!typed.ok) {
      offerZipBox(zipErrorMessage(typed.error, undefined, 0, text));
      return;
    }
    const near: NearPosition = { kind: 'zip', zip: typed.zip };
    void resolveNear(near, zipTableUrl, text).then((resolved) => {
      if (!resolved.ok) {
        offerZipBox(resolved.message);
        return;
      }
      setMessage('', false);
      onChoose(near, resolved.position);
    });
  });

  zipInput.addEventListener('input', () => {
    if (zipInput.hasAttribute('aria-invalid')) setMessage('', false);
  });

  clear.addEventListener('click', () => {
    zipInput.value = '';
    setMessage('', false);
    onChoose(null, null);
    locate.focus();
  });

  return {
    show(near, shownMessage) {
      if (document.activeElement !== zipInput) zipInput.value = near?.kind === 'zip' ? near.zip : '';
      current.hidden = near === null || !!shownMessage;
      if (near) currentText.textContent = text.sortedFrom(describeNear(near, text));
      setMessage(shownMessage ?? '', !!shownMessage);
    },
  };
}

