// A job process: lowers its own priority, registers tsx's loader, then loads the task host.
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { register } from 'tsx/esm/api';

/**
 * Makes every thread of this process `niceness` steps nicer (at most 19). Linux keeps a nice value
 * per thread, so the threads Node started before this line (V8's helpers, libuv's) are set one by
 * one; threads started later inherit their creator's value. Elsewhere, or if refused, nothing
 * changes: the jobs run at normal priority, which is only slower to share.
 */
function lowerProcessPriority(niceness) {
  if (!niceness || process.platform !== 'linux') return;
  try {
    for (const entry of readdirSync('/proc/self/task')) {
      const tid = Number(entry);
      setPriority(tid, Math.min(19, getPriority(tid) + niceness));
    }
  } catch {
    // Not allowed or not available.
  }
}

const [entry, niceness] = process.argv.slice(2);
lowerProcessPriority(Number(niceness));
// The engine is gone (even killed with -9): a job process must not outlive it.
process.on('disconnect', () => process.exit(0));
register();
await import(entry);
