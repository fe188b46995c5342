import { lazy, Suspense, useState } from 'react';
import type { StagedResult } from '../lib/staging.ts';
import { useExternalStore } from '../lib/external-store.ts';
import { useCanvasSession } from '../session/session-context.ts';
import { LivePanel } from './live-panel.tsx';
import { StagingStrip, stagedName } from './staging-strip.tsx';

// Compare is asked for now and then: its slider loads then, not with the canvas.
const CompareSlider = lazy(() =>
  import('../../../components/ui/compare-slider.tsx').then((module) => ({
    default: module.CompareSlider,
  })),
);

interface ResultsPanelProps {
  onAccept: (item: StagedResult) => void;
  onDiscard: (item: StagedResult) => void;
  onUseAsInitImage?: ((image: Blob, name: string) => void) | undefined;
}

/** The live result and the staged results under it; Compare shows in the result's place. */
export function ResultsPanel({ onAccept, onDiscard, onUseAsInitImage }: ResultsPanelProps) {
  const session = useCanvasSession();
  const items = useExternalStore(session.results.staging, (s) => s);
  const [comparing, setComparing] = useState<string | null>(null);
  const compared = items.find((item) => item.id === comparing);
  return (
    <div className="flex min-h-0 flex-col gap-3">
      {compared ? (
        <Suspense fallback={<LivePanel />}>
          <CompareSlider
            before={compared.beforeDataUrl}
            after={compared.imageDataUrl}
            label={stagedName(compared)}
            className="flex min-h-0 flex-1 flex-col gap-2"
            frameClassName="aspect-square w-full lg:aspect-auto lg:min-h-0 lg:flex-1"
            sliderClassName="w-40"
          />
        </Suspense>
      ) : (
        <LivePanel />
      )}
      <StagingStrip
        comparing={compared ? compared.id : null}
        onCompare={setComparing}
        onAccept={onAccept}
        onDiscard={onDiscard}
        onUseAsInitImage={onUseAsInitImage}
      />
    </div>
  );
}
