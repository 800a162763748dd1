/**
 * The parts of `npm test` (scripts/test-runner/run.ts) that can be tested: which suites a checkout
 * must run, and running them a few at a time while every result is kept.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

export interface Suite {
  /** What the report calls it, e.g. "cms on SQLite". */
  name: string;
  /** The workspace folder whose script it runs (e.g. "cms"); omitted for the root package's scripts. */
  workspace?: string;
  /** The npm script, e.g. "test:sqlite". */
  script: string;
}

export interface SuiteResult {
  suite: Suite;
  ok: boolean;
  exitCode: number | null;
  durationMs: number;
  /** Everything the suite printed, stdout and stderr in the order they came. */
  output: string;
  /** Vitest's test counts, e.g. "Tests 432 passed (432)"; empty for a suite that prints none. */
  summary: string;
}

export interface Manifests {
  /** The root package.json's scripts. */
  scripts: Record<string, string>;
  workspaces: { dir: string; name: string; scripts: Record<string, string> }[];
}

/**
 * What would let a suite go quiet: a workspace without a `test` script, a `test:*` script (of a
 * workspace or of the root) that no suite runs, a suite naming a script or workspace that is not there.
 */
export function suitesProblems(suites: Suite[], manifests: Manifests): string[] {
  const problems: string[] = [];
  const scriptsOf = (workspace?: string) => (workspace === undefined ? manifests.scripts : manifests.workspaces.find((entry) => entry.dir === workspace)?.scripts);
  for (const suite of suites) {
    const scripts = scriptsOf(suite.workspace);
    if (!scripts) problems.push(`suite "${suite.name}" runs in workspace "${suite.workspace}", which is not in the root package.json's workspaces`);
    else if (!scripts[suite.script]) problems.push(`suite "${suite.name}": ${suite.workspace ?? 'the root package'} has no "${suite.script}" script`);
  }
  const covered = (workspace: string | undefined, script: string) => suites.some((suite) => suite.workspace === workspace && suite.script === script);
  for (const workspace of manifests.workspaces) {
    const testScripts = Object.keys(workspace.scripts).filter((script) => script === 'test' || script.startsWith('test:'));
    if (!workspace.scripts.test) problems.push(`workspace ${workspace.dir} (${workspace.name}) has no "test" script`);
    // A workspace's `test` may just chain its `test:*` parts; then the parts are what must be run.
    const parts = testScripts.filter((script) => script !== 'test');
    const needed = parts.length > 0 ? parts : testScripts;
    for (const script of needed) {
      if (!covered(workspace.dir, script)) problems.push(`workspace ${workspace.dir}: no suite runs its "${script}" script`);
    }
  }
  for (const script of Object.keys(manifests.scripts).filter((name) => name.startsWith('test:'))) {
    if (!covered(undefined, script)) problems.push(`the root package's "${script}" script is run by no suite`);
  }
  return problems;
}

/** Vitest's "Tests …" lines of an output, joined (ANSI colours removed). */
export function testCounts(output: string): string {
  return stripVTControlCharacters(output)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^Tests\s+\d/.test(line))
    .map((line) => line.replace(/\s+/g, ' '))
    .join('; ');
}

/**
 * Vitest's failed tests of an output, one line each: the test's name (its "FAIL  file > describe >
 * test" header) and the first line of its error, so the end of a long CI log says what failed.
 */
export function failedTests(output: string): string[] {
  const lines = stripVTControlCharacters(output).split(/\r?\n/);
  const failures: string[] = [];
  lines.forEach((line, index) => {
    const header = /^\s*FAIL\s+(.+\S)\s*$/.exec(line);
    if (!header) return;
    // Tests that failed with the same error share it: their headers come one after another above it.
    const error = lines.slice(index + 1).find((next) => next.trim() !== '' && !/^\s*FAIL\s/.test(next));
    const failure = error ? `${header[1]}: ${error.trim()}` : header[1];
    if (!failures.includes(failure)) failures.push(failure);
  });
  return failures;
}

/** Runs one suite's npm script in the repository, keeping its output. */
export function runCommand(suite: Suite, repoDir: string): Promise<SuiteResult> {
  const args = ['run', suite.script, ...(suite.workspace ? ['--workspace', suite.workspace] : [])];
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: string[] = [];
    const child = spawn('npm', args, { cwd: repoDir, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
    const finish = (exitCode: number | null, extra = '') => {
      const output = chunks.join('') + extra;
      resolve({ suite, ok: exitCode === 0, exitCode, durationMs: performance.now() - started, output, summary: testCounts(output) });
    };
    child.on('error', (error) => finish(null, `\nCould not start npm ${args.join(' ')}: ${error.message}\n`));
    child.on('close', (code, signal) => finish(code, signal ? `\nnpm ${args.join(' ')} ended by ${signal}\n` : ''));
  });
}

/**
 * Runs the suites at most `concurrency` at a time, in the given order, and resolves with every
 * result (in that order) once all have ended: one failing never stops the others.
 */
export async function runSuites(
  suites: Suite[],
  options: { concurrency: number; run: (suite: Suite) => Promise<SuiteResult>; onStart?: (suite: Suite) => void; onDone?: (result: SuiteResult) => void },
): Promise<SuiteResult[]> {
  const results: SuiteResult[] = new Array(suites.length);
  let next = 0;
  const lane = async () => {
    while (next < suites.length) {
      const index = next;
      next += 1;
      options.onStart?.(suites[index]);
      results[index] = await options.run(suites[index]);
      options.onDone?.(results[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, suites.length)) }, lane));
  return results;
}
