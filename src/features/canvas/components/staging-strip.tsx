import { buttonClass } from '../../../components/ui/button.tsx';
import { useExternalStore } from '../lib/external-store.ts';
import { STAGED_LABELS, stagedFileName, type StagedResult } from '../lib/staging.ts';
import { dataUrlToBlob } from '../persist/assets.ts';
import { useCanvasSession } from '../session/session-context.ts';
import { ToolButton } from './tool-button.tsx';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

export const stagedName = (item: StagedResult) =>
  `${STAGED_LABELS[item.kind]} result, ${time.format(item.createdAt)}`;

interface StagingStripProps {
  comparing: string | null;
  onCompare: (id: string | null) => void;
  onAccept: (item: StagedResult) => void;
  onDiscard: (item: StagedResult) => void;
  onUseAsInitImage?: ((image: Blob, name: string) => void) | undefined;
}

/** Results waiting for a decision, under the live result: accept, discard, compare, download. */
export function StagingStrip({
  comparing,
  onCompare,
  onAccept,
  onDiscard,
  onUseAsInitImage,
}: StagingStripProps) {
  const session = useCanvasSession();
  const items = useExternalStore(session.results.staging, (s) => s);
  return (
    <section aria-labelledby="staging-heading" className="grid gap-1.5">
      <h2 id="staging-heading" className="text-sm font-semibold">
        Staged results
      </h2>
      {items.length === 0 ? (
        <p className="text-xs text-muted">
          Results of Inpaint, Outpaint, Refine and Upscale wait here until you accept or discard
          them.
        </p>
      ) : (
        <ul aria-labelledby="staging-heading" className="flex gap-2 overflow-x-auto pb-1">
          {items.map((item) => (
            <li
              key={item.id}
              aria-label={stagedName(item)}
              className="grid w-44 shrink-0 grid-cols-[4rem_minmax(0,1fr)] gap-1.5 rounded-lg border border-border bg-surface p-1.5"
            >
              <img
                src={item.imageDataUrl}
                alt={stagedName(item)}
                className="row-span-2 aspect-square w-16 rounded object-contain"
              />
              <p className="text-xs text-muted">
                {STAGED_LABELS[item.kind]} · {item.size.width}×{item.size.height} ·{' '}
                {Math.round(item.roundTripMs)} ms
                {item.generationId ? ' · saved in History' : ''}
              </p>
              <div className="col-span-2 grid grid-cols-2 gap-1">
                <ToolButton onClick={() => onAccept(item)}>Accept</ToolButton>
                <ToolButton onClick={() => onDiscard(item)}>Discard</ToolButton>
                <ToolButton
                  pressed={comparing === item.id}
                  onClick={() => onCompare(comparing === item.id ? null : item.id)}
                >
                  Compare
                </ToolButton>
                <a
                  href={item.imageDataUrl}
                  download={stagedFileName(item)}
                  className={buttonClass('secondary', 'min-h-9 px-2.5 py-1.5')}
                >
                  Download
                </a>
                {onUseAsInitImage ? (
                  <ToolButton
                    className="col-span-2"
                    onClick={() =>
                      onUseAsInitImage(dataUrlToBlob(item.imageDataUrl), stagedFileName(item))
                    }
                  >
                    Use as init image
                  </ToolButton>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
