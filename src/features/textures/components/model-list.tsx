import type { ModelAsset } from '../../../../contract/index.ts';
import { MODELS_PAGE_SIZE } from '../../../api/models-3d.ts';
import { LoadingPanel } from '../../../components/ui/loading-panel.tsx';
import { ErrorAlert } from './error-alert.tsx';

interface ModelListProps {
  models: ModelAsset[] | undefined;
  pending: boolean;
  error: unknown;
  onRetry: () => void;
  selectedId: string | null;
  onSelect: (modelId: string) => void;
  onDelete: (model: ModelAsset) => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const modelName = (model: ModelAsset) => model.name ?? 'Untitled model';

export function ModelList({
  models,
  pending,
  error,
  onRetry,
  selectedId,
  onSelect,
  onDelete,
}: ModelListProps) {
  if (pending) return <LoadingPanel label="Loading your models…" />;
  if (error || !models) {
    return <ErrorAlert error={error} prefix="Could not load your models: " onRetry={onRetry} />;
  }
  if (models.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-border p-4 text-sm text-muted">
        No models yet. Upload an OBJ file above to start texturing it.
      </p>
    );
  }
  return (
    <>
      <ul aria-label="Your models" className="grid gap-1.5">
        {models.map((model) => {
          const selected = model.id === selectedId;
          return (
            <li
              key={model.id}
              className={
                'flex items-center gap-1 rounded-lg border ' +
                (selected ? 'border-accent bg-surface-raised' : 'border-border')
              }
            >
              <button
                type="button"
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(model.id)}
                className="min-w-0 flex-1 rounded-lg px-3 py-2 text-left hover:bg-surface-raised"
              >
                <span className="block truncate text-sm font-medium">{modelName(model)}</span>
                <span className="block text-xs text-muted">
                  {dateFormat.format(new Date(model.createdAt))}
                </span>
              </button>
              <button
                type="button"
                aria-label={`Delete model ${modelName(model)}`}
                onClick={() => onDelete(model)}
                className="mr-1 rounded-md px-2 py-1 text-xs font-medium text-muted hover:bg-danger-bg hover:text-danger"
              >
                Delete
              </button>
            </li>
          );
        })}
      </ul>
      {models.length >= MODELS_PAGE_SIZE ? (
        <p className="mt-2 text-xs text-muted">Showing your {MODELS_PAGE_SIZE} newest models.</p>
      ) : null}
    </>
  );
}
