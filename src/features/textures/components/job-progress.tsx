import { useNow } from '../../../hooks/use-now.ts';
import { describeElapsed, elapsedSince, formatElapsed } from '../../../lib/format-elapsed.ts';

/**
 * A running texture job. The API reports no percentage, only PENDING until it settles, so the
 * bar is indeterminate and the text says how long it has been running.
 */
export function JobProgress({ createdAt }: { createdAt: string }) {
  const now = useNow(true);
  const elapsed = elapsedSince(createdAt, now);
  return (
    <div className="grid gap-1.5 rounded-lg border border-border bg-surface-raised p-3">
      <progress aria-label="Texture job progress" className="h-2 w-full accent-accent" />
      {/* The ticking clock stays out of the live region: it would be read out every second. */}
      <p className="flex justify-between gap-3 text-sm">
        <span role="status">Generating texture maps…</span>
        <time dateTime={`PT${Math.floor(elapsed / 1000)}S`} aria-label={describeElapsed(elapsed)}>
          {formatElapsed(elapsed)}
        </time>
      </p>
      <p className="text-xs text-muted">
        The studio checks every few seconds; you can keep working meanwhile.
      </p>
    </div>
  );
}
