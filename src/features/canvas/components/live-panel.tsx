import { useState } from 'react';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { acceptImage } from '../hooks/use-staging-actions.ts';
import { settingsProblem } from '../lib/canvas-settings.ts';
import { formatCost } from '../lib/live-cost.ts';
import { useCanvasSession, useLiveStatus } from '../session/session-context.ts';
import { useCanvasSettings } from '../store/settings-store.ts';
import { useCanvasUi } from '../store/ui-store.ts';
import { ToolButton } from './tool-button.tsx';

const PHASE_TEXT = {
  off: null,
  rendering: 'Rendering…',
  'up-to-date': 'Up to date',
  waiting: 'Waiting to try again…',
} as const;

/** Rendering or up to date, the last round trip, frames dropped and what live use has cost. */
function LiveStatusLine() {
  const live = useCanvasUi((s) => s.live);
  const problem = useCanvasSettings((s) => settingsProblem(s.settings));
  const phase = useLiveStatus((s) => s.phase);
  const error = useLiveStatus((s) => s.error);
  const roundTrip = useLiveStatus((s) => s.roundTripMs);
  const dropped = useLiveStatus((s) => s.dropped);
  const cost = useLiveStatus((s) => s.cost);
  // Problems are announced; the status, which changes with every frame, is only shown.
  let notice: string | null = null;
  if (live && problem) notice = `${problem} Live results start with it.`;
  else if (live && error) {
    notice =
      error.retryInMs === null
        ? `The server refused the frame: ${error.message}`
        : `${error.message} Trying again in ${Math.ceil(error.retryInMs / 1000)} s.`;
  }
  const details = [
    roundTrip === null ? null : `Round trip ${Math.round(roundTrip)} ms`,
    `${dropped} ${dropped === 1 ? 'frame' : 'frames'} dropped`,
  ].filter(Boolean);
  return (
    <div className="grid gap-0.5 text-sm">
      <p role="status" className={error && live ? 'text-danger' : 'text-muted'}>
        {notice}
      </p>
      {!live ? (
        <p className="text-muted">
          Live is off: turn it on to see the canvas rendered as you draw.
        </p>
      ) : problem ? null : (
        <p className="flex flex-wrap items-center gap-x-3 text-muted">
          <span className="flex items-center gap-1.5 font-medium text-fg">
            {phase === 'rendering' ? <Spinner className="size-3" /> : null}
            {PHASE_TEXT[phase]}
          </span>
          {details.map((text) => (
            <span key={text}>{text}</span>
          ))}
        </p>
      )}
      {cost.answers > 0 ? (
        <p className="text-muted">Live cost this session: {formatCost(cost)}</p>
      ) : null}
    </div>
  );
}

/** The live result beside the canvas, with its status and a way to keep it. */
export function LivePanel() {
  const session = useCanvasSession();
  const result = useLiveStatus((s) => s.result);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold">Live result</h2>
        <ToolButton
          disabled={!result}
          onClick={() => {
            if (!result) return;
            setFailure(null);
            acceptImage(session, result.imageDataUrl, 'Live result').catch((error: unknown) =>
              setFailure(
                error instanceof Error ? error.message : 'The live result could not be used.',
              ),
            );
          }}
          title="Make the live result the picture (undo brings the canvas back)"
        >
          Use live result
        </ToolButton>
      </div>
      <LiveStatusLine />
      {failure ? (
        <p role="alert" className="text-sm text-danger">
          {failure}
        </p>
      ) : null}
      <div className="flex aspect-square min-h-0 w-full items-center justify-center overflow-hidden rounded-xl border border-border bg-surface lg:aspect-auto lg:flex-1">
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
