// A job process: lowers its own priority, registers tsx's loader, then loads the task host.
import { register } from 'tsx/esm/api';
import { lowerProcessPriority } from './thread-priority.mjs';

const [entry, niceness] = process.argv.slice(2);
// Threads Node started before this line are set one by one; those started later inherit.
lowerProcessPriority(Number(niceness));
// The engine is gone (even killed with -9): a job process must not outlive it. It is also how
// the engine stops it: a Ctrl+C or SIGTERM sent to the whole process group is the engine's to
// handle, and must not kill a job mid-render (that would count as its worker dying).
process.on('disconnect', () => process.exit(0));
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});
register();
await import(entry);
