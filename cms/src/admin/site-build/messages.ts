import type { EntryToFix, SiteBuildStatus } from '../../api/site-build/status';

/**
 * What the admin says about the site build (pure): the home-page widget's lines and each
 * entry's notice, from GET /site-build/status (cms/src/api/site-build/).
 */

export type TimeFormat = { now: Date; locale: string; timeZone?: string };

/** "10:42 AM" today, "Nov 30, 10:42 AM" on another day, in the editor's locale. */
export function formatBuildTime(iso: string, { now, locale, timeZone }: TimeFormat): string {
  const time = new Date(iso);
  const day = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  const options: Intl.DateTimeFormatOptions =
    day(time) === day(now) ? { hour: 'numeric', minute: '2-digit', timeZone } : { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone };
  return new Intl.DateTimeFormat(locale, options).format(time);
}

/** "physician 'rowan-lindqvist' (Rowan Lindqvist), field slug: must be a slug …" */
export function describeEntryToFix(entry: EntryToFix): string {
  let text = entry.slug ? `${entry.type} '${entry.slug}'` : entry.type;
  if (entry.name && entry.name !== entry.slug) text += ` (${entry.name})`;
  if (entry.field) text += `, field ${entry.field}`;
  if (entry.message) text += `: ${entry.message}`;
  return text;
}

type Failure = NonNullable<Extract<SiteBuildStatus, { state: 'known' }>['failure']>;

function describeFailure(failure: Failure): string {
  return failure.entry ? describeEntryToFix(failure.entry) : (failure.reason.split('\n', 1)[0] ?? 'the build failed');
}

/** The home-page widget: "Live since 10:42", "Building…", "The last build failed: …". */
export function widgetLines(status: SiteBuildStatus, format: TimeFormat): string[] {
  if (status.state === 'unknown') return [`Status unknown: ${status.reason}.`];
  const lines: string[] = [];
  if (!status.live) lines.push('Not built yet');
  else if (status.live.builtAt) lines.push(`Live since ${formatBuildTime(status.live.builtAt, format)}`);
  else lines.push('Live (built before the rebuild service last restarted)');
  if (status.building) lines.push('Building…');
  if (status.failure) lines.push(`The last build failed: ${describeFailure(status.failure)}`);
  return lines;
}

export type EntryOnSite = { uid: string; documentId: string | null; publishedAt: string | null };
export type Notice = {
  tone: 'success' | 'waiting' | 'danger' | 'neutral';
  text: string;
  /** The entry to open and fix, when it is another one than this. */
  fix?: { uid: string; documentId: string; label: string };
};

const after = (first: string, second: string) => Date.parse(first) >= Date.parse(second);

/**
 * Whether the site shows this entry as published: live once a build that started reading the CMS
 * after the publish is live; failed when the latest build, started after the publish, failed;
 * otherwise waiting for the build that will have it.
 */
export function entryNotice(status: SiteBuildStatus, entry: EntryOnSite, format: TimeFormat): Notice {
  if (status.state === 'unknown') return { tone: 'neutral', text: `The site build status is unknown: ${status.reason}.` };
  if (!entry.publishedAt) return { tone: 'neutral', text: 'Not on the site: drafts stay private until you publish.' };
  const { live, failure } = status;
  // A later build that failed does not take this entry off the site: the live build has it.
  if (live?.startedAt && live.builtAt && after(live.startedAt, entry.publishedAt)) {
    return { tone: 'success', text: `Live on the site since ${formatBuildTime(live.builtAt, format)}` };
  }
  if (failure && after(failure.startedAt, entry.publishedAt)) {
    const fixed = failure.entry;
    const isThisEntry = fixed?.uid === entry.uid && (fixed?.documentId === entry.documentId || !entry.documentId);
    const notice: Notice = { tone: 'danger', text: `The site build failed: ${describeFailure(failure)}${isThisEntry ? ' (this entry)' : ''}` };
    if (fixed?.uid && fixed.documentId && !isThisEntry) {
      notice.fix = { uid: fixed.uid, documentId: fixed.documentId, label: `Open ${fixed.slug ? `${fixed.type} '${fixed.slug}'` : `the ${fixed.type}`}` };
    }
    return notice;
  }
  if (live && !live.startedAt && !status.building) {
    return { tone: 'neutral', text: 'The site is live; it was built before the rebuild service last restarted, so whether it has this change is not known.' };
  }
  return { tone: 'waiting', text: 'Waiting for the site build…' };
}

/** Poll often while something is on its way to the site, rarely otherwise. */
export function pollInterval(status: SiteBuildStatus | null, notice?: Notice): number {
  if (!status || status.state === 'unknown') return 15_000;
  return status.building || notice?.tone === 'waiting' ? 2_000 : 15_000;
}
