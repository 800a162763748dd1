/**
 * The CMS admin's content-manager API, as an editor's browser calls it, for tests that edit
 * content the way an editor does (save, publish, unpublish, delete) on a test CMS (test-cms.ts).
 */
import { withNpiCheckDigit } from '@mbc/shared';
import type { TestCms } from './test-cms';

/** An entry as the content manager answers with it: the fields tests read, and whatever else it sends. */
export type AdminEntry = { documentId: string; slug: string; status?: string; [field: string]: unknown };
/** The content manager's answers: a list (`results`) or one entry (`data`); empty for a delete. */
export type AdminAnswer = { results: AdminEntry[]; data: AdminEntry };
/** One call: method, path (e.g. `/content-manager/collection-types/api::physician.physician`), JSON body. */
export type AdminClient = (method: string, pathname: string, body?: unknown) => Promise<AdminAnswer>;

/** Logs in as the test CMS's admin; the client throws, with the CMS's answer, on any status but 2xx. */
export async function adminClient(cms: Pick<TestCms, 'url' | 'admin'>): Promise<AdminClient> {
  const login = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: cms.admin.email, password: cms.admin.password }),
  });
  if (!login.ok) throw new Error(`The test CMS refused the admin login: ${login.status} ${await login.text()}`);
  const jwt = ((await login.json()) as { data: { token: string } }).data.token;
  return async (method, pathname, body) => {
    const response = await fetch(`${cms.url}${pathname}`, {
      method,
      headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${pathname} answered ${response.status}: ${text}`);
    return text ? (JSON.parse(text) as AdminAnswer) : (null as unknown as AdminAnswer);
  };
}

/**
 * A new physician as the admin's create form sends it (publish it with
 * `POST /content-manager/collection-types/api::physician.physician/actions/publish`): valid, with
 * one specialty and one location (documentIds); `npiBase` is the NPI's first nine digits.
 */
export function physicianToPublish(options: { fullName: string; slug: string; npiBase: string; specialty: string; location: string; bio: string; offersSecondOpinions?: boolean }) {
  return {
    fullName: options.fullName,
    slug: options.slug,
    credentials: 'MD',
    title: 'Medical Oncologist',
    npi: withNpiCheckDigit(options.npiBase),
    languages: [{ language: 'English' }],
    acceptingNewPatients: true,
    offersTelehealth: false,
    offersSecondOpinions: options.offersSecondOpinions ?? false,
    bio: [{ type: 'paragraph', children: [{ type: 'text', text: options.bio }] }],
    specialty: { connect: [{ documentId: options.specialty }] },
    locations: { connect: [{ documentId: options.location }] },
  };
}
