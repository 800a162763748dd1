/**
 * Every built page is valid HTML, as the Nu Html Checker (vnu.jar, the W3C validator's engine)
 * sees it. One checker run covers the whole of dist/.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDebianProgram } from '../../../scripts/test/support/debian-package';
import { outDir, pages } from './site';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

function vnuJar(): string {
  const packageJson = createRequire(import.meta.url).resolve('vnu-jar/package.json');
  const jar = path.join(path.dirname(packageJson), 'build', 'dist', 'vnu.jar');
  if (!existsSync(jar)) throw new Error(`vnu.jar is missing at ${jar}: run npm install (vnu-jar is a devDependency of the site).`);
  return jar;
}

/** Java for vnu.jar, installed from Debian's package when missing (as root). */
function ensureJava(): string {
  return ensureDebianProgram('java', ['openjdk-17-jre-headless', 'default-jre-headless']);
}

function runVnu(java: string, dir: string): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(java, ['-Xss4m', '-jar', vnuJar(), '--errors-only', '--format', 'json', '--skip-non-html', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', () => {
      // vnu writes its JSON report to stderr and exits 1 when it found errors.
      const output = [stderr, stdout].find((text) => text.trim().startsWith('{'));
      if (!output) return reject(new Error(`vnu.jar gave no JSON report:\n${stderr}\n${stdout}`));
      resolve((JSON.parse(output) as { messages: VnuMessage[] }).messages);
    });
  });
}

function grouped(messages: VnuMessage[]): string {
  const byFile = new Map<string, string[]>();
  for (const message of messages) {
    const file = message.url ? path.relative(outDir(), fileURLToPath(message.url)) : '(no file)';
    const where = message.lastLine ? `line ${message.lastLine}${message.firstColumn ? `:${message.firstColumn}` : ''}` : '';
    const extract = message.extract ? `\n      ${message.extract.replace(/\s+/g, ' ').trim()}` : '';
    byFile.set(file, [...(byFile.get(file) ?? []), `  ${where} ${message.message}${extract}`]);
  }
  return [...byFile].map(([file, lines]) => `${file}\n${lines.join('\n')}`).join('\n');
}

describe('HTML validity (vnu.jar)', () => {
  let errors: VnuMessage[];

  beforeAll(async () => {
    errors = (await runVnu(ensureJava(), outDir())).filter((message) => message.type !== 'info');
  });

  it(`every page in dist/ is valid HTML`, () => {
    expect(pages().length).toBeGreaterThan(0);
    expect(errors.length, `vnu.jar found ${errors.length} errors:\n${grouped(errors)}`).toBe(0);
  });
});
