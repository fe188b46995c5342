// Worker threads do not inherit tsx's loader: register it, then load the TypeScript task host.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

/**
 * Makes this thread `niceness` steps nicer than the thread that started it (at most 19). On Linux
 * each thread has its own nice value, set through its thread id, which /proc/thread-self names.
 * Elsewhere (or if the kernel refuses) the thread keeps the process's priority.
 */
function lowerThreadPriority(niceness) {
  if (!niceness || process.platform !== 'linux') return;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    // A new thread starts with its creator's nice value, which getpriority(0) reads here.
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, Math.min(19, getPriority() + niceness));
  } catch {
    // Not allowed or not available: the job runs at normal priority, which is only slower to share.
  }
}

lowerThreadPriority(workerData.niceness);
register();
await import(workerData.entry);
