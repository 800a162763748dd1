import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { treeResidentBytes, watchPeakMemory } from './support/process-memory';

const MB = 1024 ** 2;
/** A Node process that starts a child holding `mb` MB of touched memory, says "ready", and waits. */
function holdMemoryInGrandchild(mb: number) {
  const grandchild = `const b = Buffer.alloc(${mb} * 1024 * 1024, 1); console.log('ready'); setInterval(() => b[0]++, 1000);`;
  const child = `const c = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: ['ignore', 'inherit', 'inherit'] }); setInterval(() => {}, 1000);`;
  // Its own process group, so the test can end the grandchild too (killing only the parent left it running).
  return spawn(process.execPath, ['-e', child], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
}

/** Ends the whole tree: the parent and the grandchild holding the memory. */
function killTree(parent: ReturnType<typeof holdMemoryInGrandchild>): void {
  try {
    process.kill(-parent.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
}

describe('peak memory of a process tree', () => {
  it('counts the memory of the process\'s children too, and keeps the peak after they end', async () => {
    const parent = holdMemoryInGrandchild(200);
    try {
      await new Promise<void>((resolve) => parent.stdout!.once('data', () => resolve()));
      const watch = watchPeakMemory(parent.pid!, 50);
      expect(treeResidentBytes(parent.pid!)).toBeGreaterThan(200 * MB);
      killTree(parent);
      await new Promise((resolve) => parent.once('exit', resolve));
      expect(watch.stop()).toBeGreaterThan(200 * MB);
    } finally {
      killTree(parent);
    }
  });

  it('reads 0 for a process that no longer exists', () => {
    expect(treeResidentBytes(2 ** 22 + 12345)).toBe(0);
  });
});
