import { isApiError } from '../api/api-error.ts';
import { tokenBalance } from '../api/me.ts';
import { Button } from '../components/ui/button.tsx';
import { useMe } from '../hooks/use-me.ts';

const formatter = new Intl.NumberFormat();

/** The signed-in user's name and token balance, as GET /me reports them. */
export function AccountSummary() {
  const me = useMe();

  if (me.isPending) {
    return (
      <p role="status" className="text-sm text-muted">
        Loading account…
      </p>
    );
  }
  if (me.isError) {
    const rejected = isApiError(me.error) && me.error.status === 401;
    return (
      <div role="alert" className="flex items-center gap-2 text-sm text-danger">
        <span>
          {rejected ? 'The server no longer accepts this key: ' : 'Could not load your account: '}
          {me.error.message}
        </span>
        {rejected ? null : (
          <Button variant="ghost" onClick={() => void me.refetch()}>
            Retry
          </Button>
        )}
      </div>
    );
  }

  const details = me.data.user_details[0];
  if (!details) {
    return (
      <p role="alert" className="text-sm text-danger">
        The server sent no user details for this key.
      </p>
    );
  }
  const tokens = tokenBalance(details);
  return (
    <div className="flex items-center gap-4 text-sm">
      <dl className="text-right">
        <div className="flex items-baseline justify-end gap-1.5">
          <dt className="text-muted">API tokens</dt>
          <dd className="font-medium tabular-nums">{formatter.format(tokens.api)}</dd>
        </div>
        {/* API calls spend API tokens; the web app's subscription tokens are listed for reference. */}
        <div className="hidden items-baseline justify-end gap-1.5 text-xs text-muted md:flex">
          <dt className="sr-only">Breakdown</dt>
          <dd className="tabular-nums">
            API plan {formatter.format(tokens.apiSubscription)} · API paid{' '}
            {formatter.format(tokens.apiPaid)} · web app {formatter.format(tokens.appSubscription)}
          </dd>
        </div>
      </dl>
      <p className="max-w-40 truncate font-medium">{details.user.username ?? 'Unnamed user'}</p>
    </div>
  );
}
