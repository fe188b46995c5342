// Shared by worker-entry.mjs and process-entry.mjs, which run before tsx is registered: plain JS.
import { readdirSync, readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Makes the given threads of this process `niceness` steps nicer (the nice value is capped at 19).
 * Linux keeps a nice value per thread, set through the thread id; a thread started later inherits
 * its creator's. Elsewhere, or if refused, nothing changes: the work runs at normal priority,
 * which is only slower to share.
 */
function lowerPriority(threadIds, niceness) {
  if (!niceness || process.platform !== 'linux') return;
  try {
    for (const tid of threadIds()) setPriority(tid, Math.min(19, getPriority(tid) + niceness));
  } catch {
    // Not allowed or not available.
  }
}

/** The calling thread only: /proc/thread-self names it. */
export function lowerThisThreadPriority(niceness) {
  lowerPriority(() => [Number(readlinkSync('/proc/thread-self').split('/').pop())], niceness);
}

/** Every thread this process has so far (V8's and libuv's helpers included). */
export function lowerProcessPriority(niceness) {
  lowerPriority(() => readdirSync('/proc/self/task').map(Number), niceness);
}
