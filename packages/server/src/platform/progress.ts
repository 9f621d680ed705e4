// How long-running work reports progress, whatever shows it (a CLI bar, a job's status row, nothing).
export interface Progress {
  start(total: number): void;
  advance(label: string): void;
  stop(): void;
}

export const silentProgress: Progress = { start: () => {}, advance: () => {}, stop: () => {} };
