import type { ModelAsset } from '../../../../contract/index.ts';
import { MODELS_PAGE_SIZE } from '../../../api/models-3d.ts';
import { PickList, dateFormat } from './pick-list.tsx';

interface ModelListProps {
  models: ModelAsset[] | undefined;
  pending: boolean;
  error: unknown;
  onRetry: () => void;
  selectedId: string | null;
  onSelect: (modelId: string) => void;
  onDelete: (model: ModelAsset) => void;
}

export const modelName = (model: ModelAsset) => model.name ?? 'Untitled model';

export function ModelList({ models, selectedId, onSelect, ...rest }: ModelListProps) {
  return (
    <PickList
      {...rest}
      label="Your models"
      items={models}
      loadingLabel="Loading your models…"
      errorPrefix="Could not load your models: "
      empty="No models yet. Upload an OBJ file above to start texturing it."
      currentId={selectedId}
      onPick={onSelect}
      deleteLabel={(model) => `Delete model ${modelName(model)}`}
      pageSize={MODELS_PAGE_SIZE}
      pageNote={`Showing your ${MODELS_PAGE_SIZE} newest models.`}
    >
      {(model) => (
        <>
          <span className="block truncate text-sm font-medium">{modelName(model)}</span>
          <span className="block text-xs text-muted">
            {dateFormat.format(new Date(model.createdAt))}
          </span>
        </>
      )}
    </PickList>
  );
}
