/**
 * Commands and button clicks are acknowledged at once and answered afterwards; events are answered
 * while Slack waits (or not, per processBeforeResponse). This keeps count of both, so `stop()` lets
 * replies finish instead of cutting them off mid-way.
 */
export interface TaskTracker {
  /** Runs work in the background (after an ack); failures go to the error callback. */
  run(task: () => Promise<void>): void;
  /** Runs work the caller awaits, counted so `drain` waits for it too. */
  track<T>(task: () => Promise<T>): Promise<T>;
  /** Resolves when all running tasks settled, or after `timeoutMs`, whichever comes first. */
  drain(timeoutMs: number): Promise<void>;
}

export function createTaskTracker(onError: (error: unknown) => void): TaskTracker {
  const running = new Set<Promise<unknown>>();
  const track = <T>(task: () => Promise<T>): Promise<T> => {
    const promise = task();
    const settled = promise.then(
      () => undefined,
      () => undefined,
    );
    running.add(settled);
    void settled.then(() => running.delete(settled));
    return promise;
  };
  return {
    track,
    run(task) {
      track(task).catch(onError);
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([Promise.allSettled([...running]), timeout]);
      clearTimeout(timer);
    },
  };
}
