/** "4 s", "1 min 05 s": how long a job has been running, from the server's start time. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** Milliseconds since an ISO timestamp; 0 for a clock ahead of ours or an unreadable date. */
export function elapsedSince(isoTime: string, now: number): number {
  const start = Date.parse(isoTime);
  return Number.isNaN(start) ? 0 : Math.max(0, now - start);
}
