import { useCanvasSession, useNotice, useSaveState } from '../session/session-context.ts';

const SAVE_TEXT = {
  loading: 'Loading…',
  saving: 'Saving…',
  saved: 'Saved in this browser',
  error: 'Not saved',
} as const;

/** Whether the canvas is stored, and the last import or hand-off message. */
export function StatusBar() {
  const session = useCanvasSession();
  const status = useSaveState((s) => s.status);
  const saveError = useSaveState((s) => s.error);
  const notice = useNotice();
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
          {notice.retry ? (
            <button
              type="button"
              onClick={notice.retry.run}
              className="rounded border border-border px-2 py-0.5 text-fg hover:bg-surface-raised"
            >
              {notice.retry.label}
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => session.results.notice.set(null)}
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
