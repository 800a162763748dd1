/**
 * Peak memory of a process and everything it starts, sampled from /proc (Linux): the resident set
 * (VmRSS) of the process tree, summed, every `intervalMs`. A build's peak is the figure the
 * benchmarks report ("peak memory"); sampling misses spikes shorter than the interval.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid of every process, from /proc/<pid>/stat (the field after the parenthesised name). */
function parentPids(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // the process ended while we looked
    }
  }
  return parents;
}

function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident bytes of `rootPid` and all its descendants right now (0 once it has ended). */
export function treeResidentBytes(rootPid: number): number {
  const parents = parentPids();
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) total += residentBytes(pid);
  return total;
}

export interface PeakMemoryWatch {
  /** Stops sampling; the highest tree total seen. */
  stop(): number;
}

export function watchPeakMemory(rootPid: number, intervalMs = 200): PeakMemoryWatch {
  let peak = treeResidentBytes(rootPid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeResidentBytes(rootPid));
  }, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
