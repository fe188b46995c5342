import { Spinner } from '../../../components/ui/spinner.tsx';
import { LCM_REFINE_STRENGTH } from '../../../../contract/limits.ts';
import { useDocumentState } from '../hooks/use-document.ts';
import type { useStagingActions } from '../hooks/use-staging-actions.ts';
import { settingsProblem } from '../lib/canvas-settings.ts';
import type { StagedKind } from '../lib/staging.ts';
import { useCanvasSettings } from '../store/settings-store.ts';
import { RangeField } from './range-field.tsx';
import { ToolButton } from './tool-button.tsx';

const PENDING: Record<StagedKind, string> = {
  inpaint: 'Inpainting…',
  refine: 'Refining…',
  upscale: 'Upscaling…',
};

const FAILED: Record<StagedKind, string> = {
  inpaint: 'Inpaint failed',
  refine: 'Refine failed',
  upscale: 'Upscale failed',
};

const REASON_ID = 'canvas-actions-reason';

/** Inpaint, Refine and Upscale: each sends the canvas image and stages what comes back. */
export function ActionsPanel({ run }: { run: ReturnType<typeof useStagingActions>['run'] }) {
  const maskCoverage = useDocumentState((s) => s.maskCoverage);
  const problem = useCanvasSettings((s) => settingsProblem(s.settings));
  const refineCreative = useCanvasSettings((s) => s.settings.refineCreative);
  const refineStrength = useCanvasSettings((s) => s.settings.refineStrength);
  const update = useCanvasSettings((s) => s.update);
  const busy = run.isPending;
  const reason = problem ?? (maskCoverage === 0 ? 'Paint a mask (M) to inpaint.' : null);
  const start = (kind: StagedKind) => run.mutate(kind);
  return (
    <section
      aria-labelledby="canvas-actions-heading"
      className="grid gap-3 rounded-xl border border-border bg-surface p-4"
    >
      <h2 id="canvas-actions-heading" className="text-sm font-semibold">
        Inpaint, refine, upscale
      </h2>
      <div className="flex flex-wrap items-end gap-2">
        <ToolButton
          onClick={() => start('inpaint')}
          disabled={busy || problem !== null || maskCoverage === 0}
          aria-describedby={reason ? REASON_ID : undefined}
          title="Repaint the masked area"
        >
          Inpaint
        </ToolButton>
        <ToolButton
          onClick={() => start('refine')}
          disabled={busy || problem !== null}
          aria-describedby={problem ? REASON_ID : undefined}
          title="Refine the whole image"
        >
          Refine
        </ToolButton>
        <ToolButton
          onClick={() => start('upscale')}
          disabled={busy || problem !== null}
          aria-describedby={problem ? REASON_ID : undefined}
          title="Upscale to twice the size; the result is also saved in History"
        >
          Upscale
        </ToolButton>
        <label className="ml-2 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={refineCreative}
            onChange={(event) => update({ refineCreative: event.target.checked })}
            className="size-4 accent-accent"
          />
          Creative upscale
        </label>
        <div className="w-48">
          <RangeField
            label="Upscale refinement"
            value={refineStrength}
            min={LCM_REFINE_STRENGTH.min}
            max={LCM_REFINE_STRENGTH.max}
            step={0.05}
            onChange={(v) => update({ refineStrength: v })}
            format={(v) => v.toFixed(2)}
          />
        </div>
      </div>
      {reason ? (
        <p id={REASON_ID} className="text-sm text-muted">
          {reason}
        </p>
      ) : null}
      {busy && run.variables ? (
        <p role="status" className="flex items-center gap-2 text-sm text-muted">
          <Spinner className="size-3" /> {PENDING[run.variables]}
        </p>
      ) : null}
      {run.isError && run.variables ? (
        <p role="alert" className="text-sm text-danger">
          {FAILED[run.variables]}: {run.error.message}
        </p>
      ) : null}
    </section>
  );
}
