/**
 * `npm test`: every test suite of every workspace, the linter and the type checks, side by side
 * where they share nothing, then one report of all of them (a failing suite never hides the others).
 *
 *   npm test                         everything (what CI runs)
 *   npm test -- site "cms on SQLite"  only the named suites
 *   TEST_CONCURRENCY=1 npm test      one suite at a time (default: the number of CPUs, at least 2)
 *
 * The suites are listed once, below. The run fails before it starts if a workspace has no `test`
 * script, or has a `test:*` script that no suite runs, so a suite cannot drop out unnoticed.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { failedTests, runCommand, runSuites, suitesProblems, type Suite, type SuiteResult } from './suites';

const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Longest first: with two at a time, the long ones overlap. */
const SUITES: Suite[] = [
  { name: 'site', workspace: 'site', script: 'test' },
  { name: 'publishing', script: 'test:publishing' },
  { name: 'npm start', script: 'test:npm-start' },
  { name: 'cms on SQLite', workspace: 'cms', script: 'test:sqlite' },
  { name: 'cms on PostgreSQL', workspace: 'cms', script: 'test:postgres' },
  { name: 'types', script: 'typecheck' },
  { name: 'scripts', script: 'test:scripts' },
  { name: 'rebuild service', workspace: 'scripts/rebuild', script: 'test' },
  { name: 'lint', script: 'lint' },
  { name: 'shared', workspace: 'shared', script: 'test' },
];

/** Work every suite needs, done once before they start (so none of them writes it while another reads it). */
const BEFORE: Suite[] = [{ name: 'prepare', script: 'test:prepare' }];

function readManifest(dir: string): { name: string; workspaces?: string[]; scripts?: Record<string, string> } {
  return JSON.parse(readFileSync(path.join(REPO_DIR, dir, 'package.json'), 'utf8'));
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

async function main(): Promise<void> {
  const root = readManifest('.');
  const workspaces = (root.workspaces ?? []).map((dir) => {
    const manifest = readManifest(dir);
    return { dir, name: manifest.name, scripts: manifest.scripts ?? {} };
  });
  const problems = suitesProblems([...SUITES, ...BEFORE], { scripts: root.scripts ?? {}, workspaces });
  if (problems.length > 0) {
    console.error(`npm test cannot run every suite:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nFix scripts/test-runner/run.ts or the workspace's package.json.`);
    process.exit(1);
  }
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !SUITES.some((suite) => suite.name === name));
  if (unknown.length > 0) {
    console.error(`No suite named ${unknown.map((name) => `"${name}"`).join(', ')}. Suites: ${SUITES.map((suite) => `"${suite.name}"`).join(', ')}.`);
    process.exit(1);
  }
  const suites = asked.length > 0 ? SUITES.filter((suite) => asked.includes(suite.name)) : SUITES;
  const concurrency = Number(process.env.TEST_CONCURRENCY) || Math.max(2, os.availableParallelism());

  const started = performance.now();
  const onDone = (result: SuiteResult) => {
    console.log(`\n━━━━ ${result.suite.name}: ${result.ok ? 'passed' : `FAILED (exit code ${result.exitCode})`} in ${formatSeconds(result.durationMs)} ━━━━`);
    console.log(result.output.trimEnd());
  };
  const run = (suite: Suite) => runCommand(suite, REPO_DIR);
  const [prepared] = await runSuites(BEFORE, { concurrency: 1, run, onStart: announce, onDone });
  const results = prepared.ok ? await runSuites(suites, { concurrency, run, onStart: announce, onDone }) : [];

  console.log(`\n━━━━ npm test: ${formatSeconds(performance.now() - started)}, ${concurrency} suites at a time ━━━━`);
  for (const result of [prepared, ...results]) {
    console.log(`  ${result.ok ? 'passed' : 'FAILED'}  ${result.suite.name.padEnd(20)} ${formatSeconds(result.durationMs).padStart(6)}${result.summary ? `  ${result.summary}` : ''}`);
  }
  if (!prepared.ok) console.log('  (no suite ran: the preparation failed)');
  const failed = [prepared, ...results].filter((result) => !result.ok);
  if (failed.length > 0) {
    for (const result of failed) {
      const failures = failedTests(result.output);
      if (failures.length > 0) console.log(`\n${result.suite.name}: ${failures.length} failed test(s)\n${failures.map((failure) => `  ✗ ${failure}`).join('\n')}`);
    }
    console.log(`\n${failed.length} of ${results.length + 1} steps failed: ${failed.map((result) => result.suite.name).join(', ')}. Their output is above.`);
    process.exit(1);
  }
}

function announce(suite: Suite): void {
  console.log(`▶ ${suite.name} started`);
}

await main();
