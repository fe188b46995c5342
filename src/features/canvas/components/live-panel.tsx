import { useState } from 'react';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { replaceCanvasImage } from '../hooks/use-staging-actions.ts';
import { settingsProblem } from '../lib/canvas-settings.ts';
import { useExternalStore } from '../lib/external-store.ts';
import { liveStore } from '../store/results-store.ts';
import { useCanvasSettings } from '../store/settings-store.ts';
import { useCanvasUi } from '../store/ui-store.ts';
import { ToolButton } from './tool-button.tsx';

function LiveSwitch() {
  const live = useCanvasUi((s) => s.live);
  const setLive = useCanvasUi((s) => s.setLive);
  return (
    <button
      type="button"
      role="switch"
      aria-checked={live}
      onClick={() => setLive(!live)}
      className="inline-flex items-center gap-2 rounded-full py-1 pl-1 pr-3 text-sm font-medium hover:bg-surface-raised"
    >
      <span
        aria-hidden="true"
        className={
          'relative h-5 w-9 rounded-full transition-colors ' + (live ? 'bg-accent' : 'bg-border')
        }
      >
        <span
          className={
            'absolute top-0.5 size-4 rounded-full bg-white shadow transition-all ' +
            (live ? 'left-4.5' : 'left-0.5')
          }
        />
      </span>
      Live
    </button>
  );
}

function LiveStatusLine() {
  const live = useCanvasUi((s) => s.live);
  const problem = useCanvasSettings((s) => settingsProblem(s.settings));
  const sending = useExternalStore(liveStore, (s) => s.sending);
  const error = useExternalStore(liveStore, (s) => s.error);
  const roundTrip = useExternalStore(liveStore, (s) => s.result?.roundTripMs ?? null);
  // Problems are announced; the round trip, which changes with every result, is only shown.
  let notice: string | null = null;
  if (live && problem) notice = `${problem} Live results start with it.`;
  else if (live && error) {
    notice =
      error.retryInMs === null
        ? `The server refused the sketch: ${error.message}`
        : `${error.message} Trying again in ${Math.ceil(error.retryInMs / 1000)} s.`;
  }
  let info: string | null = null;
  if (!live) info = 'Live is off: turn it on to see the sketch rendered as you draw.';
  else if (!notice)
    info =
      roundTrip === null
        ? 'Waiting for the first result…'
        : `Round trip ${Math.round(roundTrip)} ms`;
  return (
    <div className="flex min-h-5 items-center gap-2 text-sm">
      {live && sending ? <Spinner className="size-3" /> : null}
      <p role="status" className={error && live ? 'text-danger' : 'text-muted'}>
        {notice}
      </p>
      {info ? <p className="text-muted">{info}</p> : null}
    </div>
  );
}

/** The live result beside the sketch, with its switch and round-trip time. */
export function LivePanel() {
  const result = useExternalStore(liveStore, (s) => s.result);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <div className="grid content-start gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <LiveSwitch />
        <ToolButton
          disabled={!result}
          onClick={() => {
            if (!result) return;
            setFailure(null);
            replaceCanvasImage(result.imageDataUrl).catch((error: unknown) =>
              setFailure(
                error instanceof Error ? error.message : 'The live result could not be used.',
              ),
            );
          }}
          title="Make the live result the canvas image (undo brings the sketch back)"
        >
          Use live result as sketch
        </ToolButton>
      </div>
      <LiveStatusLine />
      {failure ? (
        <p role="alert" className="text-sm text-danger">
          {failure}
        </p>
      ) : null}
      <div className="flex aspect-square max-h-[70vh] w-full items-center justify-center overflow-hidden rounded-xl border border-border bg-surface">
        {result ? (
          <img
            src={result.imageDataUrl}
            alt="Live result"
            className="max-h-full max-w-full object-contain"
          />
        ) : (
          <p className="p-6 text-center text-sm text-muted">The live result appears here.</p>
        )}
      </div>
    </div>
  );
}
