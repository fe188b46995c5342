/** 7 → "0:07", 62 → "1:02", 3723 → "1:02:03": a clock, as elapsed time reads best. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** The same, spoken: "1 minute 2 seconds". */
export function describeElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  return minutes > 0
    ? `${part(minutes, 'minute')} ${part(seconds, 'second')}`
    : part(seconds, 'second');
}

/** Milliseconds since an ISO timestamp; 0 for a clock ahead of ours or an unreadable date. */
export function elapsedSince(isoTime: string, now: number): number {
  const start = Date.parse(isoTime);
  return Number.isNaN(start) ? 0 : Math.max(0, now - start);
}
