/**
 * Coalesces bursts of publish events into few builds: a debounce window (capped by a maximum
 * wait, so a steady stream still builds), at most one build running and one queued.
 */

export type Timers = {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  now: () => number;
};

export type SchedulerPhase = 'idle' | 'waiting' | 'building';

export type SchedulerState = { phase: SchedulerPhase; queued: boolean; pendingEvents: number; buildsStarted: number };

export type SchedulerOptions = {
  debounceMs: number;
  maxWaitMs: number;
  build: (trigger: { events: number; reasons: string[] }) => Promise<unknown>;
  timers?: Timers;
};

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  now: () => Date.now(),
};

export class BuildScheduler {
  private phase: SchedulerPhase = 'idle';
  private queued = false;
  private timer: unknown = null;
  private waitStartedAt = 0;
  private reasons: string[] = [];
  private buildsStarted = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly timers: Timers;

  constructor(private readonly options: SchedulerOptions) {
    this.timers = options.timers ?? realTimers;
  }

  /** One event that should reach the live site. */
  request(reason: string): void {
    this.reasons.push(reason);
    if (this.phase === 'building') {
      this.queued = true;
      return;
    }
    if (this.phase === 'idle') {
      this.phase = 'waiting';
      this.waitStartedAt = this.timers.now();
    }
    this.armTimer();
  }

  /** Build now, skipping the debounce (the first build at start-up). */
  requestNow(reason: string): void {
    this.reasons.push(reason);
    if (this.phase === 'building') {
      this.queued = true;
      return;
    }
    this.clearTimer();
    void this.startBuild();
  }

  state(): SchedulerState {
    return { phase: this.phase, queued: this.queued, pendingEvents: this.reasons.length, buildsStarted: this.buildsStarted };
  }

  /** Resolves when nothing is waiting, building or queued. */
  whenIdle(): Promise<void> {
    if (this.phase === 'idle') return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    this.clearTimer();
    this.queued = false;
  }

  private armTimer(): void {
    this.clearTimer();
    const deadline = Math.min(this.timers.now() + this.options.debounceMs, this.waitStartedAt + this.options.maxWaitMs);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.startBuild();
    }, Math.max(0, deadline - this.timers.now()));
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private async startBuild(): Promise<void> {
    this.phase = 'building';
    this.buildsStarted += 1;
    const trigger = { events: this.reasons.length, reasons: this.reasons };
    this.reasons = [];
    try {
      await this.options.build(trigger);
    } catch {
      // The build reports its own failures; the scheduler only decides when to run.
    }
    if (this.queued) {
      this.queued = false;
      this.phase = 'waiting';
      this.waitStartedAt = this.timers.now();
      this.armTimer();
      return;
    }
    this.phase = 'idle';
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
