/**
 * The media library's file rules as pure functions (src/media-library/file-types.ts): what a file's
 * first bytes say it is, whether an upload is refused, and the headers /uploads/ answers carry.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  ACTIVE_CONTENT_TYPES,
  MEDIA_TYPES,
  SNIFF_BYTES,
  isUploadsPath,
  sniffMediaType,
  uploadRefusal,
  uploadsResponseHeaders,
} from '../src/media-library/file-types';

const text = (content: string) => new TextEncoder().encode(content);
const head = (bytes: Uint8Array) => bytes.subarray(0, SNIFF_BYTES);
const square = sharp({ create: { width: 4, height: 4, channels: 3, background: '#aa3366' } });
const rendered = {
  'image/png': () => square.clone().png().toBuffer(),
  'image/jpeg': () => square.clone().jpeg().toBuffer(),
  'image/gif': () => square.clone().gif().toBuffer(),
  'image/webp': () => square.clone().webp().toBuffer(),
  'image/avif': () => square.clone().avif().toBuffer(),
  'application/pdf': async () => Buffer.from('%PDF-1.7\n%%EOF\n'),
};

describe('sniffMediaType', () => {
  it('recognises every allowed type from a real file of that type', async () => {
    expect(MEDIA_TYPES.map((type) => type.contentType).sort()).toEqual(Object.keys(rendered).sort());
    for (const [contentType, render] of Object.entries(rendered)) {
      expect(sniffMediaType(head(await render()))?.contentType, contentType).toBe(contentType);
    }
    expect(sniffMediaType(head(readFileSync(path.join(__dirname, 'fixtures', 'portrait.png'))))?.contentType).toBe('image/png');
  });

  it('recognises nothing in markup, scripts or an empty file', () => {
    for (const content of ['<!doctype html><script>alert(1)</script>', '<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', 'alert(1)', '<?xml version="1.0"?><a/>', '']) {
      expect(sniffMediaType(head(text(content))), content).toBeUndefined();
    }
  });
});

describe('uploadRefusal', () => {
  it('lets an allowed file through under its own extension, in any letter case', async () => {
    expect(uploadRefusal('Portrait.JPG', head(await rendered['image/jpeg']()))).toBeUndefined();
    expect(uploadRefusal('portrait.jpeg', head(await rendered['image/jpeg']()))).toBeUndefined();
    expect(uploadRefusal('leaflet.pdf', head(await rendered['application/pdf']()))).toBeUndefined();
  });

  it('refuses HTML whatever it is called, naming the file and what is allowed', () => {
    for (const fileName of ['page.png', 'page.html', 'page']) {
      expect(uploadRefusal(fileName, head(text('<html><script>alert(1)</script></html>')))).toBe(
        `'${fileName}' is not allowed in the media library: its content is not a PNG, JPEG, GIF, WebP or AVIF image, or a PDF. Other files could run scripts on the CMS's address.`,
      );
    }
  });

  it('refuses an allowed file under the wrong name, saying which extension it needs', async () => {
    expect(uploadRefusal('photo.jpg', head(await rendered['image/png']()))).toBe(
      "'photo.jpg' is not allowed in the media library under that name: its content is image/png, so its name must end in .png.",
    );
    expect(uploadRefusal('photo', head(await rendered['image/jpeg']()))).toMatch(/must end in \.jpg or \.jpeg/);
  });
});

describe('uploadsResponseHeaders', () => {
  it('lets an allowed image show inline, sandboxed and never sniffed', () => {
    for (const contentType of ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']) {
      expect(uploadsResponseHeaders(contentType), contentType).toEqual({
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      });
    }
  });

  it('makes everything else a download, active content included', () => {
    for (const contentType of ['application/pdf', 'text/html; charset=utf-8', 'image/svg+xml', 'application/javascript', 'application/octet-stream', '']) {
      expect(uploadsResponseHeaders(contentType)['Content-Disposition'], contentType).toBe('attachment');
    }
    for (const contentType of ACTIVE_CONTENT_TYPES) expect(uploadsResponseHeaders(contentType)['Content-Disposition'], contentType).toBe('attachment');
  });

  it('sandboxes an answer that serves no file (a 404) without making it a download', () => {
    expect(uploadsResponseHeaders(undefined)).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'; sandbox" });
  });
});

describe('isUploadsPath', () => {
  it('sees /uploads/ however the path spells it', () => {
    for (const spelling of ['/uploads/page.html', '/uploads%2Fpage.html', '/uploads%2fpage.html', '//uploads/page.html', '/UPLOADS/page.html']) {
      expect(isUploadsPath(spelling), spelling).toBe(true);
    }
  });

  it('leaves other paths alone, even malformed ones', () => {
    for (const other of ['/uploads', '/uploadsx/page.html', '/api/uploads/page.html', '/admin', '/%E0%A4%A']) {
      expect(isUploadsPath(other), other).toBe(false);
    }
  });
});
