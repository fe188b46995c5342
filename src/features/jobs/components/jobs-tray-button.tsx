import { useMemo } from 'react';
import { useQueueEntries } from '../lib/job-queue-runtime.ts';
import { isActive, trayRows, traySummary } from '../lib/job-rows.ts';
import { useJobList } from '../store/job-list-store.ts';
import { useTrayUi } from '../store/tray-ui-store.ts';
import { JOBS_TRAY_ID } from '../lib/tray-id.ts';

/**
 * The tray folded into the header: a button with a count badge (jobs still going, else jobs
 * finished) that shows and hides the panel. Nothing when there are no jobs at all.
 */
export function JobsTrayButton() {
  const jobs = useJobList((state) => state.jobs);
  const entries = useQueueEntries((state) => state.entries);
  const open = useTrayUi((state) => state.open);
  const toggle = useTrayUi((state) => state.toggle);
  const rows = useMemo(() => trayRows(entries, jobs), [entries, jobs]);
  if (rows.length === 0) return null;
  const active = rows.filter((row) => isActive(row.state)).length;
  const failed = rows.some((row) => row.state === 'failed' || row.state === 'not-sent');
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={open ? JOBS_TRAY_ID : undefined}
      onClick={toggle}
      className="inline-flex items-center gap-2 rounded-lg border border-border px-3 py-1.5 text-sm font-medium hover:bg-surface-raised"
    >
      Jobs <span className="sr-only">({traySummary(rows)})</span>
      <span
        aria-hidden="true"
        className={`min-w-5 rounded-full px-1.5 text-center text-xs tabular-nums ${
          active > 0
            ? 'bg-accent text-accent-fg'
            : failed
              ? 'bg-danger-bg text-danger'
              : 'bg-surface-raised text-muted'
        }`}
      >
        {active > 0 ? active : rows.length}
      </span>
    </button>
  );
}
