import type { TextureGeneration } from '../../../../contract/index.ts';
import { TEXTURES_PAGE_SIZE } from '../../../api/textures.ts';
import { PickList, dateFormat } from './pick-list.tsx';
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

/** A model's texture generations, newest first: open one to see its maps, or delete it. */
export function TextureGenerationList({
  generations,
  openId,
  onOpen,
  ...rest
}: TextureGenerationListProps) {
  return (
    <PickList
      {...rest}
      label="Texture generations"
      items={generations}
      loadingLabel="Loading texture generations…"
      errorPrefix="Could not load the texture generations: "
      empty="No textures for this model yet. Describe one above and generate it."
      currentId={openId}
      onPick={onOpen}
      deleteLabel={(generation) => `Delete texture “${generation.prompt}”`}
      pageSize={TEXTURES_PAGE_SIZE}
      pageNote={`Showing the ${TEXTURES_PAGE_SIZE} newest texture generations.`}
    >
      {(generation) => (
        <>
          <span className="block truncate text-sm font-medium">{generation.prompt}</span>
          <span className="mt-0.5 flex items-center gap-2 text-xs text-muted">
            <StatusBadge status={generation.status} />
            {dateFormat.format(new Date(generation.createdAt))}
          </span>
        </>
      )}
    </PickList>
  );
}
