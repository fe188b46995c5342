import type { ReactNode } from 'react';
import { LoadingPanel } from '../../../components/ui/loading-panel.tsx';
import { ErrorAlert } from './error-alert.tsx';

interface PickListProps<T extends { id: string }> {
  /** The list's accessible name. */
  label: string;
  items: T[] | undefined;
  pending: boolean;
  error: unknown;
  onRetry: () => void;
  loadingLabel: string;
  errorPrefix: string;
  empty: string;
  /** The one shown in the workspace: marked as current. */
  currentId: string | null;
  onPick: (id: string) => void;
  onDelete: (item: T) => void;
  deleteLabel: (item: T) => string;
  /** The item's name and details, inside the button that picks it. */
  children: (item: T) => ReactNode;
  /** The server answers one page: past this many, say that older ones are not shown. */
  pageSize: number;
  pageNote: string;
}

export const dateFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/**
 * A list to pick one item from, each with its Delete button, and its loading, error and empty
 * states: the Textures view's models and texture generations.
 */
export function PickList<T extends { id: string }>(props: PickListProps<T>) {
  const { items, pending, error, onRetry, currentId, onPick, onDelete } = props;
  if (pending) return <LoadingPanel label={props.loadingLabel} />;
  if (error || !items) {
    return <ErrorAlert error={error} prefix={props.errorPrefix} onRetry={onRetry} />;
  }
  if (items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-border p-4 text-sm text-muted">
        {props.empty}
      </p>
    );
  }
  return (
    <>
      <ul aria-label={props.label} className="grid gap-1.5">
        {items.map((item) => {
          const current = item.id === currentId;
          return (
            <li
              key={item.id}
              className={
                'flex items-center gap-1 rounded-lg border ' +
                (current ? 'border-accent bg-surface-raised' : 'border-border')
              }
            >
              <button
                type="button"
                aria-current={current ? 'true' : undefined}
                onClick={() => onPick(item.id)}
                className="min-w-0 flex-1 rounded-lg px-3 py-2 text-left hover:bg-surface-raised"
              >
                {props.children(item)}
              </button>
              <button
                type="button"
                aria-label={props.deleteLabel(item)}
                onClick={() => onDelete(item)}
                className="mr-1 rounded-md px-2 py-1 text-xs font-medium text-muted hover:bg-danger-bg hover:text-danger"
              >
                Delete
              </button>
            </li>
          );
        })}
      </ul>
      {items.length >= props.pageSize ? (
        <p className="mt-2 text-xs text-muted">{props.pageNote}</p>
      ) : null}
    </>
  );
}
