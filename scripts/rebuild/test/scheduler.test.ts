import { describe, expect, it } from 'vitest';
import { BuildScheduler, type Timers } from '../scheduler';

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  const pending = new Map<number, { at: number; callback: () => void }>();
  let next = 1;
  const timers: Timers = {
    now: () => now,
    setTimeout: (callback, ms) => {
      pending.set(next, { at: now + ms, callback });
      return next++;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
  };
  const advance = async (ms: number) => {
    const target = now + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, timer]) => timer.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].callback();
      await Promise.resolve();
    }
    now = target;
  };
  return { timers, advance };
}

function controllableBuilds() {
  const builds: { events: number; finish: () => void }[] = [];
  const build = (trigger: { events: number }) =>
    new Promise<void>((resolve) => {
      builds.push({ events: trigger.events, finish: resolve });
    });
  return { builds, build };
}

describe('the build scheduler', () => {
  it('turns twenty publishes within two seconds into one build after the debounce window', async () => {
    const clock = manualClock();
    const { builds, build } = controllableBuilds();
    const scheduler = new BuildScheduler({ debounceMs: 1000, maxWaitMs: 30_000, build, timers: clock.timers });
    for (let index = 0; index < 20; index += 1) {
      scheduler.request(`publish ${index}`);
      await clock.advance(100);
    }
    expect(builds).toHaveLength(0);
    expect(scheduler.state()).toMatchObject({ phase: 'waiting', pendingEvents: 20 });
    await clock.advance(1000);
    expect(builds).toHaveLength(1);
    expect(builds[0].events).toBe(20);
  });

  it('runs at most one build and queues one more, however many events arrive meanwhile', async () => {
    const clock = manualClock();
    const { builds, build } = controllableBuilds();
    const scheduler = new BuildScheduler({ debounceMs: 500, maxWaitMs: 30_000, build, timers: clock.timers });
    scheduler.request('first');
    await clock.advance(500);
    expect(builds).toHaveLength(1);
    for (let index = 0; index < 19; index += 1) scheduler.request(`during build ${index}`);
    expect(scheduler.state()).toMatchObject({ phase: 'building', queued: true });
    builds[0].finish();
    await Promise.resolve();
    await Promise.resolve();
    await clock.advance(500);
    expect(builds).toHaveLength(2);
    expect(builds[1].events).toBe(19);
    builds[1].finish();
    await scheduler.whenIdle();
    await clock.advance(10_000);
    expect(builds).toHaveLength(2);
    expect(scheduler.state()).toMatchObject({ phase: 'idle', queued: false, buildsStarted: 2 });
  });

  it('still builds during a steady stream of events once the maximum wait is reached', async () => {
    const clock = manualClock();
    const { builds, build } = controllableBuilds();
    const scheduler = new BuildScheduler({ debounceMs: 1000, maxWaitMs: 5000, build, timers: clock.timers });
    for (let index = 0; index < 60; index += 1) {
      scheduler.request(`event ${index}`);
      await clock.advance(500);
    }
    expect(builds.length).toBeGreaterThanOrEqual(1);
    // Events at 0, 500, … 4500 ms; the five-second cap fires before the event at 5000 ms.
    expect(builds[0].events).toBe(10);
  });

  it('builds at once when asked, skipping the debounce', async () => {
    const clock = manualClock();
    const { builds, build } = controllableBuilds();
    const scheduler = new BuildScheduler({ debounceMs: 10_000, maxWaitMs: 60_000, build, timers: clock.timers });
    scheduler.requestNow('start-up');
    expect(builds).toHaveLength(1);
  });
});
