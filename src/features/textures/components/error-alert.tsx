import { Button } from '../../../components/ui/button.tsx';

interface ErrorAlertProps {
  error: unknown;
  /** Says what failed, before the API's own words. */
  prefix?: string;
  onRetry?: () => void;
}

/** Shows the API's `error` text as it is (ApiError.message), as Leonardo's docs ask. */
export function ErrorAlert({ error, prefix = '', onRetry }: ErrorAlertProps) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger"
    >
      <p>
        {prefix}
        {message}
      </p>
      {onRetry ? (
        <Button variant="ghost" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
