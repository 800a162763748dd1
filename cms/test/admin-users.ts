import type { Core } from '@strapi/strapi';
import { startCms } from './strapi';
import type { Loose } from './fixtures';

/** The password of every user signInWithRole creates (the browser tests sign in with it). */
export const ROLE_TEST_PASSWORD = 'RoleTestPassw0rd';
const tokens = new Map<string, string>();
const createdEmails = new Set<string>();

/** An admin user with the named role (created once), signed in through /admin/login; returns the bearer token. */
export async function signInWithRole(strapi: Core.Strapi, roleName: string, email: string): Promise<string> {
  const cached = tokens.get(email);
  if (cached) return cached;
  const role = await strapi.db.query('admin::role').findOne({ where: { name: roleName } });
  if (!role) throw new Error(`No admin role named "${roleName}".`);
  const users = strapi.service('admin::user');
  if (!(await strapi.db.query('admin::user').findOne({ where: { email } }))) {
    await users.create({ email, firstname: roleName, lastname: 'Tester', password: ROLE_TEST_PASSWORD, isActive: true, registrationToken: null, roles: [role.id] });
    createdEmails.add(email);
  }
  return login(email, ROLE_TEST_PASSWORD);
}

/** The super admin the test environment creates (test/strapi.ts sets LOCAL_ADMIN_EMAIL/PASSWORD). */
export async function signInAsLocalAdmin(): Promise<string> {
  return login(process.env.LOCAL_ADMIN_EMAIL!, process.env.LOCAL_ADMIN_PASSWORD!);
}

async function login(email: string, password: string): Promise<string> {
  const cached = tokens.get(email);
  if (cached) return cached;
  const { baseUrl } = await startCms();
  const response = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!response.ok || !body.data?.token) throw new Error(`Could not sign in as ${email}: ${response.status} ${JSON.stringify(body)}`);
  tokens.set(email, body.data.token);
  return body.data.token;
}

/** Calls an admin API (content manager) as a signed-in admin user. */
export async function adminApi(
  token: string,
  path: string,
  options: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: Loose }> {
  const { baseUrl } = await startCms();
  const response = await fetch(`${baseUrl}${path}`, {
    method: options.method ?? 'GET',
    headers: { Authorization: `Bearer ${token}`, ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: response.status, body };
}

/** Deletes the admin users signInWithRole created (other suites count admin users). */
export async function removeTestAdmins(strapi: Core.Strapi): Promise<void> {
  if (createdEmails.size > 0) {
    await strapi.db.query('admin::user').deleteMany({ where: { email: { $in: [...createdEmails] } } });
  }
  // Only the removed users' sessions go: the local admin's stays, as signing in again and again
  // across test files runs into Strapi's login rate limit (429).
  for (const email of createdEmails) tokens.delete(email);
  createdEmails.clear();
}
