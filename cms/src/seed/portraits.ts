import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

/**
 * Demo images are drawn here, not downloaded: a neutral illustrated silhouette for each demo
 * physician and a simple building for each location, in colours picked from the slug, so the
 * demo has real images (with alt text) without showing anyone's face.
 */

const BACKGROUNDS = ['#d9e7f5', '#e4efe1', '#f3e6d8', '#ece3f2', '#dcefee', '#f2e0e4'];
const FIGURES = ['#2f5d8a', '#3d6b45', '#8a5a2f', '#5d3f7a', '#2f6f6b', '#84404f'];

function pick<T>(list: T[], slug: string): T {
  let hash = 0;
  for (const character of slug) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return list[hash % list.length];
}

export function portraitSvg(slug: string): string {
  const background = pick(BACKGROUNDS, slug);
  const figure = pick(FIGURES, `${slug}-figure`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="600" viewBox="0 0 480 600">
  <rect width="480" height="600" fill="${background}"/>
  <circle cx="240" cy="235" r="105" fill="${figure}"/>
  <path d="M40 600 C40 430 130 370 240 370 C350 370 440 430 440 600 Z" fill="${figure}"/>
</svg>`;
}

export function buildingSvg(slug: string): string {
  const sky = pick(BACKGROUNDS, slug);
  const wall = pick(FIGURES, `${slug}-wall`);
  const windows = Array.from({ length: 12 }, (_, index) => {
    const x = 250 + (index % 4) * 95;
    const y = 250 + Math.floor(index / 4) * 90;
    return `<rect x="${x}" y="${y}" width="55" height="50" fill="#f7f7f2"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="600" viewBox="0 0 960 600">
  <rect width="960" height="600" fill="${sky}"/>
  <rect x="200" y="190" width="420" height="330" fill="${wall}"/>
  ${windows}
  <rect x="640" y="300" width="180" height="220" fill="${wall}" opacity="0.8"/>
  <rect x="380" y="450" width="70" height="70" fill="#f7f7f2"/>
  <rect y="520" width="960" height="80" fill="#9aa59a"/>
</svg>`;
}

export type DemoImage = { filepath: string; originalFilename: string; mimetype: string; size: number };

/** Renders an SVG to a JPEG file in a temp dir; call the returned cleanup once it is uploaded. */
export async function renderDemoImage(svg: string, name: string): Promise<{ file: DemoImage; cleanup: () => void }> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'demo-image-'));
  const filepath = path.join(directory, `${name}.jpg`);
  const buffer = await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
  writeFileSync(filepath, buffer);
  return {
    file: { filepath, originalFilename: `${name}.jpg`, mimetype: 'image/jpeg', size: buffer.length },
    cleanup: () => rmSync(directory, { recursive: true, force: true }),
  };
}
