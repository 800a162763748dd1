/**
 * Runs a child process and collects its output: the one runner behind the rebuild service's site
 * build (builder.ts), the test and benchmark builds (scripts/test/support/site-build.ts) and the
 * dev stack's CMS output (scripts/start.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

/** Calls `onLine` with each complete line a child process writes to its stdout or stderr (piped). */
export function forEachOutputLine(child: ChildProcess, onLine: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
    stream?.on('end', () => {
      if (pending) onLine(pending);
      pending = '';
    });
  }
}

/** The text without terminal colour codes. */
export function withoutColors(text: string): string {
  return stripVTControlCharacters(text);
}

export type RunOptions = {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Stop the command (its whole process group) after this long. */
  timeoutMs?: number;
  /** Aborting stops the command (its whole process group). */
  signal?: AbortSignal;
  /** Called with every output line, colour codes removed. */
  onLine?: (line: string) => void;
  /** What the command is, for the stop messages ("The build took longer…"); default "command". */
  name?: string;
  /** Called once the child process exists (e.g. to watch its memory). */
  onSpawn?: (pid: number) => void;
};

export type RunResult = {
  /** The exit code; null when the command was stopped by a signal or could not start. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last 200,000 characters of stdout and stderr, colour codes removed. */
  output: string;
};

const KEPT_OUTPUT = 200_000;

/**
 * Runs `command`. With a timeout or an abort signal it runs in its own process group, so stopping
 * it also stops what it started (npm → astro → workers); without, it stays in the caller's group
 * (Ctrl-C stops it with the caller). Never rejects: a command that cannot start resolves with code null.
 */
export function runCommand(command: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve) => {
    const detached = options.timeoutMs !== undefined || options.signal !== undefined;
    const child = spawn(command[0], command.slice(1), { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached });
    let output = '';
    const keep = (text: string) => {
      output = (output + text).slice(-KEPT_OUTPUT);
    };
    forEachOutputLine(child, (raw) => {
      const line = withoutColors(raw);
      keep(`${line}\n`);
      options.onLine?.(line);
    });
    if (child.pid) options.onSpawn?.(child.pid);
    const stop = (why: string) => {
      keep(`\n${why}`);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const name = options.name ?? 'command';
    const timer = options.timeoutMs ? setTimeout(() => stop(`The ${name} took longer than ${options.timeoutMs} ms and was stopped.`), options.timeoutMs) : undefined;
    const onAbort = () => stop(`The ${name} was stopped because the service is shutting down.`);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let settled = false;
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ code, signal, output });
    };
    child.on('error', (error) => {
      keep(`\n${command[0]} could not start: ${error.message}`);
      finish(null, null);
    });
    child.on('close', finish);
  });
}
