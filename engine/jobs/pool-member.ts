import { fork } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import type { Task, TaskResult } from './task-types.ts';

export interface TaskMessage {
  id: number;
  task: Task;
}

export interface ResultMessage {
  id: number;
  result: TaskResult;
}

/** One runner of tasks in a pool: a worker thread or a child process, used the same way. */
export interface PoolMember {
  /** The child's process id (a process member), for diagnostics and fault tests. */
  readonly pid: number | null;
  send(message: TaskMessage): void;
  onResult(listener: (message: ResultMessage) => void): void;
  /** It broke or ended on its own: an error event, or an exit the pool did not ask for. */
  onFailure(listener: (error: Error) => void): void;
  terminate(): Promise<void>;
}

export type Isolation = 'thread' | 'process';

export interface MemberOptions {
  niceness: number;
  /** Heap cap of a worker: a runaway task kills its worker, not the server. */
  maxHeapMb?: number;
}

const THREAD_ENTRY = new URL('./worker-entry.mjs', import.meta.url);
const PROCESS_ENTRY = new URL('./process-entry.mjs', import.meta.url);
const HOST = new URL('./task-host.ts', import.meta.url).href;

function startThread(name: string, { niceness, maxHeapMb }: MemberOptions): PoolMember {
  const worker = new Worker(THREAD_ENTRY, {
    workerData: { entry: HOST, niceness },
    name,
    ...(maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } } : {}),
  });
  let stopping = false;
  // An idle pool must not keep the process alive.
  worker.unref();
  return {
    pid: null,
    send: (message) => worker.postMessage(message),
    onResult: (listener) => worker.on('message', listener),
    onFailure: (listener) => {
      worker.on('error', listener);
      worker.on('exit', (code) => {
        if (!stopping) listener(new Error(`${name} worker exited with code ${code}`));
      });
    },
    terminate: async () => {
      stopping = true;
      await worker.terminate();
    },
  };
}

/**
 * A child process has its own heap, garbage collector threads, libuv pool and libvips threads,
 * so all of a job's work can run at a lower priority, which a worker thread cannot offer: those
 * helper threads are shared with the server.
 */
function startProcess(name: string, { niceness, maxHeapMb }: MemberOptions): PoolMember {
  const child = fork(PROCESS_ENTRY, [HOST, String(niceness)], {
    execArgv: maxHeapMb ? [`--max-old-space-size=${maxHeapMb}`] : [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let stopping = false;
  child.unref();
  child.channel?.unref();
  return {
    pid: child.pid ?? null,
    send: (message) => {
      // A child that has just died cannot take a message; its exit is reported as a failure.
      if (child.connected) child.send(message, (error) => void error);
    },
    onResult: (listener) => child.on('message', (message) => listener(message as ResultMessage)),
    onFailure: (listener) => {
      child.on('error', listener);
      child.on('exit', (code, signal) => {
        if (!stopping) listener(new Error(`${name} process exited (${signal ?? `code ${code}`})`));
      });
    },
    terminate: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        // Closing the channel ends it (process-entry.mjs); a child stuck in a render is killed.
        const stuck = setTimeout(() => child.kill('SIGKILL'), 2000);
        child.once('exit', () => {
          clearTimeout(stuck);
          resolve();
        });
        if (child.connected) child.disconnect();
        else child.kill('SIGKILL');
      }),
  };
}

export function startPoolMember(
  isolation: Isolation,
  name: string,
  options: MemberOptions,
): PoolMember {
  return isolation === 'process' ? startProcess(name, options) : startThread(name, options);
}
