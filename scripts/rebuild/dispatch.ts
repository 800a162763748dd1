import type { BuildOutcome } from './builder';

/**
 * Forwards a coalesced burst of publishes to GitHub as one repository_dispatch (type cms-publish),
 * which the publish workflow builds and deploys. Strapi cannot shape that request itself.
 */
export async function dispatchToGitHub(
  github: { apiUrl: string; repository: string; token: string },
  trigger: { events: number; reasons: string[] },
): Promise<BuildOutcome> {
  const started = Date.now();
  const url = `${github.apiUrl.replace(/\/$/, '')}/repos/${github.repository}/dispatches`;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${github.token}`,
      Accept: 'application/vnd.github+json',
      'Content-Type': 'application/json',
      'X-GitHub-Api-Version': '2022-11-28',
    },
    body: JSON.stringify({ event_type: 'cms-publish', client_payload: { events: trigger.events, changes: trigger.reasons.slice(0, 20) } }),
    signal: AbortSignal.timeout(30_000),
  });
  const finished = Date.now();
  const times = { id: `dispatch-${new Date(started).toISOString()}`, startedAt: new Date(started).toISOString(), finishedAt: new Date(finished).toISOString(), durationMs: finished - started };
  if (response.status !== 204) {
    return { ok: false, ...times, reason: `GitHub answered ${response.status} to the repository_dispatch at ${url}: ${(await response.text()).slice(0, 300)}` };
  }
  return { ok: true, ...times, pages: 0 };
}
