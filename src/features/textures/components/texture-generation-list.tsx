import type { TextureGeneration } from '../../../../contract/index.ts';
import { TEXTURES_PAGE_SIZE } from '../../../api/textures.ts';
import { LoadingPanel } from '../../../components/ui/loading-panel.tsx';
import { ErrorAlert } from './error-alert.tsx';
import { StatusBadge } from './status-badge.tsx';

interface TextureGenerationListProps {
  generations: TextureGeneration[] | undefined;
  pending: boolean;
  error: unknown;
  onRetry: () => void;
  openId: string | null;
  onOpen: (id: string) => void;
  onDelete: (generation: TextureGeneration) => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A model's texture generations, newest first: open one to see its maps, or delete it. */
export function TextureGenerationList({
  generations,
  pending,
  error,
  onRetry,
  openId,
  onOpen,
  onDelete,
}: TextureGenerationListProps) {
  if (pending) return <LoadingPanel label="Loading texture generations…" />;
  if (error || !generations) {
    return (
      <ErrorAlert
        error={error}
        prefix="Could not load the texture generations: "
        onRetry={onRetry}
      />
    );
  }
  if (generations.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-border p-4 text-sm text-muted">
        No textures for this model yet. Describe one above and generate it.
      </p>
    );
  }
  return (
    <>
      <ul aria-label="Texture generations" className="grid gap-1.5">
        {generations.map((generation) => {
          const open = generation.id === openId;
          return (
            <li
              key={generation.id}
              className={
                'flex items-center gap-1 rounded-lg border ' +
                (open ? 'border-accent bg-surface-raised' : 'border-border')
              }
            >
              <button
                type="button"
                aria-current={open ? 'true' : undefined}
                onClick={() => onOpen(generation.id)}
                className="min-w-0 flex-1 rounded-lg px-3 py-2 text-left hover:bg-surface-raised"
              >
                <span className="block truncate text-sm font-medium">{generation.prompt}</span>
                <span className="mt-0.5 flex items-center gap-2 text-xs text-muted">
                  <StatusBadge status={generation.status} />
                  {dateFormat.format(new Date(generation.createdAt))}
                </span>
              </button>
              <button
                type="button"
                aria-label={`Delete texture “${generation.prompt}”`}
                onClick={() => onDelete(generation)}
                className="mr-1 rounded-md px-2 py-1 text-xs font-medium text-muted hover:bg-danger-bg hover:text-danger"
              >
                Delete
              </button>
            </li>
          );
        })}
      </ul>
      {generations.length >= TEXTURES_PAGE_SIZE ? (
        <p className="mt-2 text-xs text-muted">
          Showing the {TEXTURES_PAGE_SIZE} newest texture generations.
        </p>
      ) : null}
    </>
  );
}
