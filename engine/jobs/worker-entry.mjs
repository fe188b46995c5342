// Worker threads do not inherit tsx's loader: register it, then load the TypeScript task host.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import { lowerThisThreadPriority } from './thread-priority.mjs';

lowerThisThreadPriority(workerData.niceness);
register();
await import(workerData.entry);
