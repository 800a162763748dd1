/**
 * Example states of the doctor finder's words, the same ones its unit test
 * (test/finder/finder-text.test.ts) checks: what the status line announces, and the headings.
 */
import type { NearSort } from './finder-text';

export const NEAR_ZIP: NearSort = { near: { kind: 'zip', zip: '27705' }, radiusMiles: 25 };
export const NEAR_DEVICE: NearSort = { near: { kind: 'device', latitude: 35.99, longitude: -78.9 }, radiusMiles: 50 };

export const STATUS_EXAMPLES: { shown: number; matches: number; nearCount: number; sort: NearSort | null; status: string }[] = [
  { shown: 12, matches: 40, nearCount: 0, sort: null, status: 'Showing 12 of 40 doctors.' },
  { shown: 1, matches: 1, nearCount: 0, sort: null, status: 'Showing 1 of 1 doctor.' },
  { shown: 0, matches: 0, nearCount: 0, sort: null, status: 'No doctors match these filters.' },
  { shown: 0, matches: 0, nearCount: 0, sort: NEAR_ZIP, status: 'No doctors match these filters.' },
  {
    shown: 12,
    matches: 1200,
    nearCount: 1100,
    sort: NEAR_ZIP,
    status: 'Showing 12 of 1,200 doctors, nearest first. 1,100 within 25 miles of ZIP code 27705.',
  },
  { shown: 3, matches: 3, nearCount: 0, sort: NEAR_DEVICE, status: 'Showing 3 of 3 doctors, nearest first. 0 within 50 miles of your location.' },
];
