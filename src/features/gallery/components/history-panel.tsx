import { LoadingPanel } from '../../../components/ui/loading-panel.tsx';
import { useMe } from '../../../hooks/use-me.ts';
import { HistoryActionsContext, type HistoryActions } from '../lib/history-actions.ts';
import { HistoryBrowser } from './history-browser.tsx';

/** The History view: needs the user's id (GET /me) before it can list anything. */
export function HistoryPanel(actions: HistoryActions) {
  const me = useMe();
  const userId = me.data?.user_details[0]?.user.id;
  return (
    <HistoryActionsContext value={actions}>
      <section aria-labelledby="view-heading" className="mx-auto grid max-w-7xl gap-4">
        <h1 id="view-heading" tabIndex={-1} className="text-2xl font-semibold tracking-tight">
          History
        </h1>
        {userId ? (
          <HistoryBrowser userId={userId} />
        ) : me.isError ? (
          <p role="alert" className="text-sm text-danger">
            Could not load your account: {me.error.message}
          </p>
        ) : me.isSuccess ? (
          <p role="alert" className="text-sm text-danger">
            The server sent no user for this key.
          </p>
        ) : (
          <LoadingPanel label="Loading your account…" />
        )}
      </section>
    </HistoryActionsContext>
  );
}
