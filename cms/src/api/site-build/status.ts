/**
 * What the admin shows about the site build, from the rebuild service's GET /status (a private
 * service on another origin: the CMS asks it server-side and passes on only this).
 */

/** The entry an editor must fix for the site to build, as far as the failure names it. */
export type EntryToFix = {
  /** The content type's uid when the CMS knows the type (links the admin to the entry). */
  uid: string | null;
  /** As the site build names it, e.g. "physician", "clinical trial". */
  type: string;
  documentId: string | null;
  slug: string | null;
  /** The entry's title in the admin, e.g. the physician's full name. */
  name: string | null;
  /** The field to fix, on this entry (e.g. "slug", "hours[0].closes"). */
  field: string | null;
  message: string | null;
  /** Set when the build read the entry through another one's relation (the entry the reason named). */
  linkedFrom: { type: string; slug: string | null; field: string } | null;
};

/** The rebuild service's failure, as scripts/rebuild/service.ts reports it. */
export type ReportedFailure = { type: string; slug: string | null; documentId: string | null; field: string | null; message: string | null };

export type SiteBuildStatus =
  | { state: 'unknown'; reason: string }
  | {
      state: 'known';
      /** The build the site serves: when it finished and when it started reading the CMS (null: not known since the service restarted). */
      live: { builtAt: string | null; startedAt: string | null } | null;
      /** A build is running, waiting out the quiet period, or queued. */
      building: boolean;
      /** The latest build failed (a later success clears it). */
      failure: { startedAt: string; finishedAt: string; reason: string; entry: EntryToFix | null } | null;
    };

type Outcome = { ok: boolean; id: string; startedAt: string; finishedAt: string; reason?: string; failedEntry?: ReportedFailure | null };
/** The parts of the rebuild service's /status the admin needs. */
export type RebuildServiceStatus = {
  live: { id: string | null; builtAt: string | null };
  lastSuccess: Outcome | null;
  lastFailure: Outcome | null;
  queue: { phase: 'idle' | 'waiting' | 'building'; queued: boolean };
};

/**
 * Where the rebuild service's status is: REBUILD_STATUS_URL, else beside the webhook the CMS
 * calls (REBUILD_WEBHOOK_URL's origin + /status); null when neither is set.
 */
export function rebuildStatusUrl(env: NodeJS.ProcessEnv): string | null {
  if (env.REBUILD_STATUS_URL) return env.REBUILD_STATUS_URL;
  if (!env.REBUILD_WEBHOOK_URL) return null;
  try {
    return `${new URL(env.REBUILD_WEBHOOK_URL).origin}/status`;
  } catch {
    return null;
  }
}

/** The admin's view of the rebuild service's status; the failing entry is resolved by the caller (see entry-to-fix.ts). */
export function summarizeStatus(status: RebuildServiceStatus): { summary: Extract<SiteBuildStatus, { state: 'known' }>; reported: ReportedFailure | null } {
  const { live, lastSuccess, lastFailure, queue } = status;
  const liveBuild = live?.id ? { builtAt: live.builtAt ?? null, startedAt: lastSuccess?.id === live.id ? lastSuccess.startedAt : null } : null;
  const failed = lastFailure && (!lastSuccess || Date.parse(lastFailure.finishedAt) > Date.parse(lastSuccess.finishedAt)) ? lastFailure : null;
  return {
    summary: {
      state: 'known',
      live: liveBuild,
      building: queue.phase !== 'idle' || queue.queued,
      failure: failed ? { startedAt: failed.startedAt, finishedAt: failed.finishedAt, reason: failed.reason ?? 'the build failed', entry: null } : null,
    },
    reported: failed?.failedEntry ?? null,
  };
}

const STATUS_TIMEOUT_MS = 2000;

/** Asks the rebuild service, quickly: the admin must not hang on a service that is down. */
export async function fetchRebuildStatus(url: string, timeoutMs = STATUS_TIMEOUT_MS): Promise<RebuildServiceStatus | { unknown: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: 'application/json' } });
    if (!response.ok) return { unknown: `the rebuild service answered ${response.status}` };
    const body = (await response.json()) as RebuildServiceStatus;
    if (!body || typeof body !== 'object' || !body.queue || !('live' in body)) return { unknown: 'the rebuild service sent something else than its status' };
    return body;
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return { unknown: timedOut ? `the rebuild service did not answer within ${timeoutMs / 1000} s` : 'the rebuild service is not reachable' };
  }
}
