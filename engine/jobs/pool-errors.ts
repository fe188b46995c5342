/** A task failed because its input was bad (a 400), not because the engine broke. */
export class TaskInputError extends Error {
  constructor(
    message: string,
    readonly inputPath: string,
  ) {
    super(message);
  }
}

/** The worker running the task died (killed, out of memory, crashed): the task did not finish. */
export class WorkerDiedError extends Error {}

/** The task left the queue before any worker took it: it was never run. */
export class TaskDroppedError extends Error {}

/** A failure inside a worker, with the system's error code (`ENOSPC`, `SQLITE_FULL`…) kept. */
export class TaskFailedError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}
