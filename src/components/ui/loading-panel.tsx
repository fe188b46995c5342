import { Spinner } from './spinner.tsx';

export function LoadingPanel({ label }: { label: string }) {
  return (
    <div role="status" className="flex items-center gap-3 p-8 text-muted">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
