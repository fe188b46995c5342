import { useSessionState } from '../hooks/use-document.ts';
import { useExternalStore } from '../lib/external-store.ts';
import { noticeStore } from '../store/results-store.ts';

const SAVE_TEXT = {
  loading: 'Loading…',
  saving: 'Saving…',
  saved: 'Saved in this browser',
  error: 'Not saved',
} as const;

/** Whether the sketch is stored, and the last import or hand-off message. */
export function StatusBar() {
  const status = useSessionState((s) => s.status);
  const saveError = useSessionState((s) => s.error);
  const notice = useExternalStore(noticeStore, (s) => s);
  return (
    <div className="flex min-w-0 flex-1 flex-wrap items-center gap-3 text-sm">
      {/* Saving follows every stroke: shown, not announced; a failure to save is announced. */}
      <p
        role={status === 'error' ? 'alert' : undefined}
        className={status === 'error' ? 'text-danger' : 'text-muted'}
      >
        {SAVE_TEXT[status]}
        {status === 'error' && saveError ? `: ${saveError}` : ''}
      </p>
      {notice ? (
        <p
          role={notice.tone === 'error' ? 'alert' : 'status'}
          className={
            'flex items-center gap-2 ' + (notice.tone === 'error' ? 'text-danger' : 'text-muted')
          }
        >
          {notice.message}
          <button
            type="button"
            onClick={() => noticeStore.set(null)}
            className="rounded px-1 text-muted hover:text-fg"
            aria-label="Dismiss message"
          >
            ×
          </button>
        </p>
      ) : null}
    </div>
  );
}
