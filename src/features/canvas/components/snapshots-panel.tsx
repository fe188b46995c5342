import { useId, useState } from 'react';
import { useExternalStore } from '../lib/external-store.ts';
import { useCanvasSession } from '../session/session-context.ts';
import { ToolButton } from './tool-button.tsx';

// Saving and restoring are rare: their code loads on first use.
const snapshotsModule = () => import('../persist/snapshots.ts');

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

/** Named snapshots of the whole canvas, kept for this user; restoring one is an undo step. */
export function SnapshotsPanel() {
  const session = useCanvasSession();
  const list = useExternalStore(session.snapshots, (s) => s);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const { notice } = session.results;
  const fail = (error: unknown) =>
    notice.set({
      tone: 'error',
      message: error instanceof Error ? error.message : 'The snapshot could not be stored.',
    });
  const save = async () => {
    setBusy(true);
    try {
      const label = name.trim() || `Snapshot ${list.length + 1}`;
      const { saveSnapshot } = await snapshotsModule();
      session.snapshots.set(await saveSnapshot(session.db, session.doc, label, list));
      notice.set({ tone: 'info', message: `Saved the snapshot “${label}”.` });
      setName('');
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const restore = async (snapshotId: string, label: string) => {
    try {
      const { loadSnapshot } = await snapshotsModule();
      const { arrangement, background } = await loadSnapshot(session.db, snapshotId);
      if (session.isClosed) return;
      session.doc.arrange(arrangement, background);
      notice.set({ tone: 'info', message: `Restored “${label}”. Undo brings back the canvas.` });
    } catch (error) {
      fail(error);
    }
  };
  const remove = async (snapshotId: string) => {
    try {
      const { deleteSnapshot } = await snapshotsModule();
      session.snapshots.set(await deleteSnapshot(session.db, snapshotId, list));
    } catch (error) {
      fail(error);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="grid content-start gap-2">
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        Snapshots
      </h2>
      <form
        className="flex gap-1"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label htmlFor={id} className="sr-only">
          Snapshot name
        </label>
        <input
          id={id}
          value={name}
          maxLength={80}
          placeholder="Snapshot name"
          onChange={(event) => setName(event.target.value)}
          className="min-w-0 flex-1 rounded-lg border border-border bg-surface px-2 py-1.5 text-sm focus-visible:outline-2"
        />
        <ToolButton type="submit" disabled={busy}>
          Save snapshot
        </ToolButton>
      </form>
      {list.length === 0 ? (
        <p className="text-xs text-muted">Snapshots keep the whole canvas under a name.</p>
      ) : (
        <ul aria-labelledby={`${id}-heading`} className="grid gap-1">
          {list.map((info) => (
            <li key={info.id} className="flex items-center gap-1 text-sm">
              <span className="min-w-0 flex-1 truncate">
                {info.name}{' '}
                <span className="text-xs text-muted">
                  {info.width}×{info.height}, {when.format(info.createdAt)}
                </span>
              </span>
              <ToolButton
                aria-label={`Restore ${info.name}`}
                onClick={() => void restore(info.id, info.name)}
              >
                Restore
              </ToolButton>
              <ToolButton
                aria-label={`Delete snapshot ${info.name}`}
                onClick={() => void remove(info.id)}
              >
                Delete
              </ToolButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
