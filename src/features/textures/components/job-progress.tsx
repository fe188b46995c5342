import { useNow } from '../../../hooks/use-now.ts';
import { elapsedSince, formatElapsed } from '../lib/elapsed.ts';

/**
 * A running texture job. The API reports no percentage, only PENDING until it settles, so the
 * bar is indeterminate and the text says how long it has been running.
 */
export function JobProgress({ createdAt }: { createdAt: string }) {
  const now = useNow(true);
  return (
    <div className="grid gap-1.5 rounded-lg border border-border bg-surface-raised p-3">
      <progress aria-label="Texture job progress" className="h-2 w-full accent-accent" />
      <p role="status" className="text-sm">
        Generating texture maps… {formatElapsed(elapsedSince(createdAt, now))}
      </p>
      <p className="text-xs text-muted">
        The studio checks every few seconds; you can keep working meanwhile.
      </p>
    </div>
  );
}
