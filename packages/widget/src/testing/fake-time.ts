// A clock and timers that move only when a test advances them, so delays and backoff are tested without
// sleeping.
import type { Clock, SetTimer } from "../widget-types.ts";

export class FakeTime implements Clock {
  private timers: { due: number; run: () => void }[] = [];
  private current = Date.parse("2026-03-01T08:00:00Z");

  now = (): number => this.current;

  setTimer: SetTimer = (run, ms) => {
    const timer = { due: this.current + ms, run };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((candidate) => candidate !== timer);
    };
  };

  /** Moves time forward, running the timers that fall due in order. */
  advance(ms: number): void {
    const end = this.current + ms;
    for (;;) {
      const next = this.timers.filter((timer) => timer.due <= end).sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.current = next.due;
      next.run();
    }
    this.current = end;
  }

  pendingTimers(): number {
    return this.timers.length;
  }
}
