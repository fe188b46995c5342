import type { JobStatus } from '../../../../contract/limits.ts';

const STYLES: Record<JobStatus, { label: string; className: string }> = {
  PENDING: { label: 'Running', className: 'border-accent/50 text-accent-text' },
  COMPLETE: { label: 'Complete', className: 'border-border text-muted' },
  FAILED: { label: 'Failed', className: 'border-danger/50 text-danger' },
};

export function StatusBadge({ status }: { status: JobStatus }) {
  const style = STYLES[status];
  return (
    <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${style.className}`}>
      {style.label}
    </span>
  );
}
