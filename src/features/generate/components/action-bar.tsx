import { Button } from '../../../components/ui/button.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import type { CostEstimate } from '../hooks/use-cost-estimate.ts';

const credits = new Intl.NumberFormat('en-US');

function CostText({ estimate }: { estimate: CostEstimate }) {
  switch (estimate.state) {
    case 'none':
      return <span className="text-muted">—</span>;
    case 'pending':
      return <span className="text-muted">estimating…</span>;
    case 'unknown':
      return (
        <span
          className="text-muted"
          title="This server does not answer Leonardo’s pricing calculator."
        >
          cost unknown
        </span>
      );
    case 'known':
      return (
        <span className="font-medium tabular-nums">
          ≈ {credits.format(estimate.credits)} credit{estimate.credits === 1 ? '' : 's'}
        </span>
      );
  }
}

interface ActionBarProps {
  estimate: CostEstimate;
  busy: boolean;
  /** What the last Generate came to, for the status line. */
  status: string | null;
}

/**
 * Sticks to the bottom of the window while the form scrolls, so Generate and what it will cost
 * are always in reach, whatever the screen's height.
 */
export function ActionBar({ estimate, busy, status }: ActionBarProps) {
  return (
    <div
      role="group"
      aria-label="Send"
      className="sticky bottom-0 z-10 -mx-5 -mb-5 flex flex-wrap items-center justify-end gap-x-4 gap-y-2 rounded-b-xl border-t border-border bg-surface px-5 py-3"
    >
      <p className="mr-auto text-sm">
        <span className="text-muted">Estimated cost: </span>
        <CostText estimate={estimate} />
      </p>
      <span role="status" className="flex items-center gap-2 text-sm text-muted">
        {busy ? (
          <>
            <Spinner /> Sending…
          </>
        ) : (
          (status ?? '')
        )}
      </span>
      {/* aria-disabled, not disabled: disabling the focused button would drop focus. */}
      <Button type="submit" variant="primary" aria-disabled={busy}>
        Generate
      </Button>
    </div>
  );
}
