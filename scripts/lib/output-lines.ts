import type { ChildProcess } from 'node:child_process';

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
  }
}

/** The line without terminal colour codes. */
export function withoutColors(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/\x1b\[[0-9;]*m/g, '');
}
