import { useState } from 'react';
import { buttonClass } from '../../../components/ui/button.tsx';
import { useExternalStore } from '../lib/external-store.ts';
import { STAGED_LABELS, stagedFileName, type StagedResult } from '../lib/staging.ts';
import { stagingStore } from '../store/results-store.ts';
import { CompareSlider } from './compare-slider.tsx';
import { ToolButton } from './tool-button.tsx';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

const itemName = (item: StagedResult) =>
  `${STAGED_LABELS[item.kind]} result, ${time.format(item.createdAt)}`;

interface StagingStripProps {
  onAccept: (item: StagedResult) => void;
  onDiscard: (item: StagedResult) => void;
}

/** Results waiting for a decision: accept, discard, compare, download. */
export function StagingStrip({ onAccept, onDiscard }: StagingStripProps) {
  const items = useExternalStore(stagingStore, (s) => s);
  const [comparing, setComparing] = useState<string | null>(null);
  const compared = items.find((item) => item.id === comparing);
  return (
    <section aria-labelledby="staging-heading" className="grid gap-3">
      <h2 id="staging-heading" className="text-sm font-semibold">
        Staged results
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-muted">
          Results of Inpaint, Refine and Upscale wait here until you accept or discard them.
        </p>
      ) : (
        <ul aria-labelledby="staging-heading" className="flex gap-3 overflow-x-auto pb-2">
          {items.map((item) => (
            <li
              key={item.id}
              aria-label={itemName(item)}
              className="grid w-48 shrink-0 gap-2 rounded-xl border border-border bg-surface p-2"
            >
              <img
                src={item.imageDataUrl}
                alt={itemName(item)}
                className="aspect-square w-full rounded-lg object-contain"
              />
              <p className="text-xs text-muted">
                {STAGED_LABELS[item.kind]} · {item.size.width}×{item.size.height} ·{' '}
                {Math.round(item.roundTripMs)} ms
                {item.generationId ? ' · saved in History' : ''}
              </p>
              <div className="grid grid-cols-2 gap-1">
                <ToolButton onClick={() => onAccept(item)}>Accept</ToolButton>
                <ToolButton onClick={() => onDiscard(item)}>Discard</ToolButton>
                <ToolButton
                  pressed={comparing === item.id}
                  onClick={() => setComparing(comparing === item.id ? null : item.id)}
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
              </div>
            </li>
          ))}
        </ul>
      )}
      {compared ? (
        <CompareSlider
          before={compared.beforeDataUrl}
          after={compared.imageDataUrl}
          label={itemName(compared)}
        />
      ) : null}
    </section>
  );
}
