/**
 * One paid request at a time. The buttons are disabled while one runs, but a double-click lands
 * its second click before React has re-rendered them: the guard is taken synchronously, at the
 * first click, so the second is ignored in code, not only by the `disabled` attribute.
 */
export interface SingleFlight {
  readonly busy: boolean;
  /** Runs `task` unless one is running; returns null (and runs nothing) when busy. */
  run<T>(task: () => Promise<T>): Promise<T> | null;
}

export function createSingleFlight(onChange?: (busy: boolean) => void): SingleFlight {
  let busy = false;
  return {
    get busy() {
      return busy;
    },
    run(task) {
      if (busy) return null;
      busy = true;
      onChange?.(true);
      const done = () => {
        busy = false;
        onChange?.(false);
      };
      let pending;
      try {
        pending = task();
      } catch (error) {
        done();
        return Promise.reject(error);
      }
      return pending.finally(done);
    },
  };
}
