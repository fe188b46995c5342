import { useQueries } from '@tanstack/react-query';
import type { Generation } from '../../../../contract/index.ts';
import { generationQueryOptions } from '../../../api/generations.ts';
import { Button } from '../../../components/ui/button.tsx';
import { CompareSlider } from '../../../components/ui/compare-slider.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { useApiClient } from '../../../hooks/use-api-client.ts';

interface CompareDialogProps {
  /** The two generations, in the order they were chosen. */
  ids: readonly [string, string];
  /** Those the loaded pages hold already. */
  loaded: ReadonlyMap<string, Generation>;
  onClose: () => void;
}

/** Two generations side by side: their first images under the canvas's before/after slider. */
export function CompareDialog({ ids, loaded, onClose }: CompareDialogProps) {
  const client = useApiClient();
  const [first, second] = useQueries({
    queries: ids.map((id) => ({
      ...generationQueryOptions(client, id),
      enabled: !loaded.has(id),
    })),
  });
  const a = loaded.get(ids[0]) ?? first?.data;
  const b = loaded.get(ids[1]) ?? second?.data;
  const failed = first?.error ?? second?.error;
  const imageA = a?.generated_images[0];
  const imageB = b?.generated_images[0];

  return (
    <Dialog
      title="Compare generations"
      size="wide"
      onDismiss={onClose}
      headerEnd={
        <Button variant="ghost" onClick={onClose} data-autofocus>
          Close
        </Button>
      }
    >
      {failed ? (
        <p role="alert" className="text-sm text-danger">
          Could not load both generations: {failed.message}
        </p>
      ) : !a || !b ? (
        <p role="status" className="text-sm text-muted">
          Loading the two generations…
        </p>
      ) : !imageA || !imageB ? (
        <p role="status" className="text-sm text-muted">
          Both generations need an image to compare: one of them has none yet.
        </p>
      ) : (
        <div className="grid gap-3">
          <CompareSlider
            before={imageA.url}
            after={imageB.url}
            label="Compared generations"
            beforeName="first"
            afterName="second"
          />
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-muted">First (left of the line)</dt>
              <dd className="break-words">{a.prompt}</dd>
            </div>
            <div>
              <dt className="text-muted">Second (right of the line)</dt>
              <dd className="break-words">{b.prompt}</dd>
            </div>
          </dl>
        </div>
      )}
    </Dialog>
  );
}
