import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failedTests, runCommand, runSuites, suitesProblems, testCounts, type Manifests, type Suite, type SuiteResult } from '../test-runner/suites';

const manifests: Manifests = {
  scripts: { test: 'tsx run.ts', 'test:scripts': 'vitest run' },
  workspaces: [
    { dir: 'shared', name: '@mbc/shared', scripts: { test: 'vitest run' } },
    { dir: 'cms', name: 'cms', scripts: { test: 'npm run test:sqlite && npm run test:postgres', 'test:sqlite': 'vitest run', 'test:postgres': 'vitest run' } },
  ],
};
const allSuites: Suite[] = [
  { name: 'scripts', script: 'test:scripts' },
  { name: 'shared', workspace: 'shared', script: 'test' },
  { name: 'cms on SQLite', workspace: 'cms', script: 'test:sqlite' },
  { name: 'cms on PostgreSQL', workspace: 'cms', script: 'test:postgres' },
];

describe('which suites npm test must run', () => {
  it('accepts a list that runs every test script once', () => {
    expect(suitesProblems(allSuites, manifests)).toEqual([]);
  });

  it('fails a workspace that lost its test script, naming it', () => {
    const lost = { ...manifests, workspaces: [{ dir: 'site', name: 'site', scripts: { build: 'astro build' } }, ...manifests.workspaces] };
    expect(suitesProblems(allSuites, lost)).toEqual(['workspace site (site) has no "test" script']);
  });

  it('fails a test:* script that no suite runs (a workspace’s or the root’s)', () => {
    const withExtra = {
      scripts: { ...manifests.scripts, 'test:bench': 'x' },
      workspaces: manifests.workspaces.map((workspace) => (workspace.dir === 'cms' ? { ...workspace, scripts: { ...workspace.scripts, 'test:browser': 'x' } } : workspace)),
    };
    expect(suitesProblems(allSuites, withExtra)).toEqual(['workspace cms: no suite runs its "test:browser" script', 'the root package\'s "test:bench" script is run by no suite']);
  });

  it('fails a suite whose script or workspace is not there', () => {
    const wrong = [...allSuites, { name: 'site', workspace: 'site', script: 'test' }, { name: 'old', workspace: 'cms', script: 'test:mysql' }];
    expect(suitesProblems(wrong, manifests)).toEqual([
      'suite "site" runs in workspace "site", which is not in the root package.json\'s workspaces',
      'suite "old": cms has no "test:mysql" script',
    ]);
  });
});

describe('running the suites', () => {
  const result = (suite: Suite, ok: boolean): SuiteResult => ({ suite, ok, exitCode: ok ? 0 : 1, durationMs: 1, output: '', summary: '' });

  it('runs at most `concurrency` at a time, keeps going after a failure and returns every result in order', async () => {
    let running = 0;
    let mostAtOnce = 0;
    const started: string[] = [];
    const results = await runSuites(allSuites, {
      concurrency: 2,
      onStart: (suite) => started.push(suite.name),
      run: async (suite) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((resolve) => setImmediate(resolve));
        running -= 1;
        return result(suite, suite.name !== 'scripts');
      },
    });
    expect(mostAtOnce).toBe(2);
    expect(started).toEqual(allSuites.map((suite) => suite.name));
    expect(results.map((entry) => [entry.suite.name, entry.ok])).toEqual([
      ['scripts', false],
      ['shared', true],
      ['cms on SQLite', true],
      ['cms on PostgreSQL', true],
    ]);
  });

  it('reads vitest’s test counts out of coloured output', () => {
    const output = '\u001b[2m Test Files \u001b[22m 30 passed (30)\n\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[32m432 passed\u001b[39m\u001b[22m\u001b[90m (432)\u001b[39m\n';
    expect(testCounts(output)).toBe('Tests 432 passed (432)');
    expect(testCounts('tsc: no errors\n')).toBe('');
  });

  it('names each failed test with the first line of its error, from coloured output', () => {
    const output = [
      ' \u001b[31m❯\u001b[39m test/rules.test.ts (2 tests | 2 failed) 10ms',
      '⎯⎯⎯⎯⎯⎯⎯ Failed Tests 2 ⎯⎯⎯⎯⎯⎯⎯',
      '',
      ' \u001b[41mFAIL\u001b[49m  test/rules.test.ts > slugs > refuses spaces',
      'AssertionError: expected 400 to be 201',
      '',
      ' FAIL  test/rules.test.ts > slugs > refuses capitals',
      ' FAIL  test/rules.test.ts > slugs > refuses capitals',
      '',
      'Error: Hook timed out in 10000ms.',
      ' Tests  2 failed (2)',
    ].join('\n');
    expect(failedTests(output)).toEqual([
      'test/rules.test.ts > slugs > refuses spaces: AssertionError: expected 400 to be 201',
      'test/rules.test.ts > slugs > refuses capitals: Error: Hook timed out in 10000ms.',
    ]);
    expect(failedTests('Tests 3 passed (3)\n')).toEqual([]);
  });

  it('runs an npm script and reports its exit code and output', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'runner-'));
    writeFileSync(`${dir}/package.json`, JSON.stringify({ name: 'x', scripts: { good: 'echo fine', bad: 'echo broken >&2; exit 3' } }));
    const good = await runCommand({ name: 'good', script: 'good' }, dir);
    const bad = await runCommand({ name: 'bad', script: 'bad' }, dir);
    rmSync(dir, { recursive: true, force: true });
    expect([good.ok, good.exitCode, good.output.includes('fine')]).toEqual([true, 0, true]);
    expect([bad.ok, bad.exitCode, bad.output.includes('broken')]).toEqual([false, 3, true]);
  });
});
