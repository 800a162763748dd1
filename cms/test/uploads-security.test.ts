/**
 * The media library must never become a way to run a script on the CMS's own address: a page or
 * script served from there could use a signed-in care coordinator's session to read appointment
 * requests. So active content is refused at upload, whatever it is called or declared as, and every
 * file under /uploads/, including files stored before these checks, is served so that a browser
 * renders nothing active (nosniff, a sandboxing CSP, attachment for anything but an image).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { CARE_COORDINATOR, MEDICAL_CONTENT_EDITOR } from '../src/bootstrap/roles';
import { removeTestAdmins, signInAsLocalAdmin, signInWithRole } from './admin-users';
import { startCms } from './strapi';
import type { Loose } from './fixtures';

const SANDBOX_CSP = "default-src 'none'; sandbox";
const IMMUTABLE = 'public, max-age=31536000, immutable';

const HTML = '<!doctype html><html><body><script>fetch("/admin/users/me")</script></body></html>';
const XHTML = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><script>alert(document.cookie)</script></body></html>`;
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>`;
const JAVASCRIPT = 'fetch("/content-manager/collection-types/api::appointment-request.appointment-request")';
const XML = '<?xml version="1.0"?><feed><entry>x</entry></feed>';

type Upload = { fileName: string; declaredType: string; content: string | Buffer };

/** Active content under its own name, and HTML disguised by its name or its declared type. */
const ACTIVE_UPLOADS: Upload[] = [
  { fileName: 'page.html', declaredType: 'text/html', content: HTML },
  { fileName: 'page.xhtml', declaredType: 'application/xhtml+xml', content: XHTML },
  { fileName: 'drawing.svg', declaredType: 'image/svg+xml', content: SVG },
  { fileName: 'script.js', declaredType: 'text/javascript', content: JAVASCRIPT },
  { fileName: 'script.js', declaredType: 'application/javascript', content: JAVASCRIPT },
  { fileName: 'feed.xml', declaredType: 'application/xml', content: XML },
  { fileName: 'page.png', declaredType: 'image/png', content: HTML },
  { fileName: 'page.png', declaredType: 'application/octet-stream', content: HTML },
  { fileName: 'page.html', declaredType: 'image/png', content: HTML },
  { fileName: 'page', declaredType: 'image/png', content: HTML },
  { fileName: 'drawing.png', declaredType: 'image/png', content: SVG },
];

const UPLOADING_ROLES = ['Super Admin', MEDICAL_CONTENT_EDITOR.name, 'Editor', 'Author'];

let strapi: Core.Strapi;
let baseUrl: string;
const uploadsDir = path.join(inject('publicDir'), 'uploads');
const storedFileIds: number[] = [];
const legacyFiles: string[] = [];

beforeAll(async () => {
  ({ strapi, baseUrl } = await startCms());
});

afterAll(async () => {
  const upload = strapi.plugin('upload').service('upload');
  for (const id of storedFileIds) await upload.remove(await upload.findOne(id));
  for (const file of legacyFiles) rmSync(path.join(uploadsDir, file), { force: true });
  await removeTestAdmins(strapi);
});

async function tokenFor(role: string): Promise<string> {
  if (role === 'Super Admin') return signInAsLocalAdmin();
  return signInWithRole(strapi, role, `uploads-${role.toLowerCase().replace(/\W+/g, '-')}@tests.local`);
}

/** Uploads one file as the admin's media library does: multipart `files` to POST /upload. */
async function uploadAs(token: string, { fileName, declaredType, content }: Upload): Promise<{ status: number; body: Loose }> {
  const form = new FormData();
  form.append('files', new Blob([content], { type: declaredType }), fileName);
  const response = await fetch(`${baseUrl}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  const body: Loose = await response.json().catch(() => null);
  if (response.status === 201) storedFileIds.push(...body.map((file: { id: number }) => file.id));
  return { status: response.status, body };
}

const storedFileCount = () => strapi.db.query('plugin::upload.file').count({});

function writeLegacyUpload(fileName: string, content: string): string {
  writeFileSync(path.join(uploadsDir, fileName), content);
  legacyFiles.push(fileName);
  return `/uploads/${fileName}`;
}

describe('uploading active content', () => {
  it.each(UPLOADING_ROLES)('is refused for %s, with a message that says the file type is not allowed', async (role) => {
    const token = await tokenFor(role);
    const before = await storedFileCount();
    for (const upload of ACTIVE_UPLOADS) {
      const { status, body } = await uploadAs(token, upload);
      const label = `${role}: ${upload.fileName} as ${upload.declaredType}`;
      expect(status, label).toBe(400);
      expect(body?.error?.message, label).toMatch(/not allowed/);
    }
    expect(await storedFileCount()).toBe(before);
  });

  it('is refused for the Care coordinator, who may not upload at all', async () => {
    const token = await tokenFor(CARE_COORDINATOR.name);
    const before = await storedFileCount();
    for (const upload of ACTIVE_UPLOADS) {
      expect((await uploadAs(token, upload)).status, `${upload.fileName} as ${upload.declaredType}`).toBe(403);
    }
    expect(await storedFileCount()).toBe(before);
  });

  it('is refused as the replacement of a stored image too, which keeps the image as it was', async () => {
    const token = await tokenFor(MEDICAL_CONTENT_EDITOR.name);
    const png = readFileSync(path.join(__dirname, 'fixtures', 'portrait.png'));
    const { body: [stored] } = await uploadAs(token, { fileName: 'portrait.png', declaredType: 'image/png', content: png });
    const servedBytes = async () => Buffer.from(await (await fetch(`${baseUrl}${stored.url}`)).arrayBuffer());
    const before = await servedBytes(); // as Strapi stored it (it re-encodes images)
    const form = new FormData();
    form.append('files', new Blob([HTML], { type: 'image/png' }), 'portrait.png');
    const response = await fetch(`${baseUrl}/upload?id=${stored.id}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/not allowed/);
    expect(await servedBytes()).toEqual(before);
  });

  it('names the file and what is allowed when the content is not what its name says', async () => {
    const { body } = await uploadAs(await tokenFor(MEDICAL_CONTENT_EDITOR.name), { fileName: 'page.png', declaredType: 'image/png', content: HTML });
    expect(body.error.message).toContain("'page.png'");
    expect(body.error.message).toMatch(/PNG, JPEG, GIF, WebP or AVIF image, or a PDF/);
  });
});

describe('uploading an image or a PDF', () => {
  const square = sharp({ create: { width: 8, height: 8, channels: 3, background: '#3366aa' } });
  const images: [fileName: string, contentType: string, render: () => Promise<Buffer>][] = [
    ['square.png', 'image/png', () => square.clone().png().toBuffer()],
    ['square.jpg', 'image/jpeg', () => square.clone().jpeg().toBuffer()],
    ['square.gif', 'image/gif', () => square.clone().gif().toBuffer()],
    ['square.webp', 'image/webp', () => square.clone().webp().toBuffer()],
    ['square.avif', 'image/avif', () => square.clone().avif().toBuffer()],
  ];

  it.each(images)('accepts %s and serves it back as an image, inline, sandboxed and immutable', async (fileName, contentType, render) => {
    const { status, body } = await uploadAs(await tokenFor(MEDICAL_CONTENT_EDITOR.name), { fileName, declaredType: contentType, content: await render() });
    expect(status).toBe(201);
    const response = await fetch(`${baseUrl}${body[0].url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(SANDBOX_CSP);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
  });

  it('accepts a PDF and serves it as a download (attachment), sandboxed', async () => {
    const pdf = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
    const { status, body } = await uploadAs(await tokenFor(MEDICAL_CONTENT_EDITOR.name), { fileName: 'leaflet.pdf', declaredType: 'application/pdf', content: pdf });
    expect(status).toBe(201);
    const response = await fetch(`${baseUrl}${body[0].url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(SANDBOX_CSP);
  });
});

describe('files already in the uploads folder', () => {
  it.each([
    ['legacy-page_0123456789.html', HTML],
    ['legacy-drawing_0123456789.svg', SVG],
    ['legacy-script_0123456789.js', JAVASCRIPT],
  ])('%s is served as a download, sandboxed, never sniffed', async (fileName, content) => {
    const url = writeLegacyUpload(fileName, content);
    const response = await fetch(`${baseUrl}${url}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(content);
    expect(response.headers.get('content-disposition')).toBe('attachment');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(SANDBOX_CSP);
  });

  it('gets the same headers under another spelling of its address, and for a range of it', async () => {
    const url = writeLegacyUpload('legacy-spelling_0123456789.html', HTML);
    // Strapi's static server decodes the path: both spellings reach the same file.
    for (const spelling of [url.replace('/uploads/', '/uploads%2F'), url.replace('.html', '%2Ehtml')]) {
      const response = await fetch(`${baseUrl}${spelling}`);
      expect(response.status, spelling).toBe(200);
      expect(response.headers.get('content-disposition'), spelling).toBe('attachment');
      expect(response.headers.get('content-security-policy'), spelling).toBe(SANDBOX_CSP);
    }
    const ranged = await fetch(`${baseUrl}${url}`, { headers: { Range: 'bytes=0-9' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-disposition')).toBe('attachment');
    expect(ranged.headers.get('content-security-policy')).toBe(SANDBOX_CSP);
  });
});
