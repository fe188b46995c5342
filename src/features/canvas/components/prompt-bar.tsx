import { useId } from 'react';
import { Spinner } from '../../../components/ui/spinner.tsx';
import type { ActionState } from '../hooks/use-staging-actions.ts';
import { PROMPT_MAX, settingsProblem } from '../lib/canvas-settings.ts';
import type { StagedKind } from '../lib/staging.ts';
import { useDocumentState } from '../session/session-context.ts';
import { useCanvasSettings } from '../store/settings-store.ts';
import { useCanvasUi } from '../store/ui-store.ts';
import { ToolButton } from './tool-button.tsx';

const ACTIONS: Array<{ kind: StagedKind; label: string; title: string }> = [
  { kind: 'inpaint', label: 'Inpaint', title: 'Repaint the masked area' },
  { kind: 'outpaint', label: 'Outpaint', title: 'Fill the area the frame was extended by' },
  { kind: 'refine', label: 'Refine', title: 'Refine the whole frame' },
  {
    kind: 'upscale',
    label: 'Upscale',
    title: 'Upscale to twice the size; the result is also saved in History',
  },
];

const labelOf = (kind: StagedKind) => ACTIONS.find((a) => a.kind === kind)!.label;
/** "Inpainting…", "Refining…": the action's name as it runs. */
const pendingText = (kind: StagedKind) => `${labelOf(kind).replace(/e$/, '')}ing…`;

function LiveSwitch() {
  const live = useCanvasUi((s) => s.live);
  const setLive = useCanvasUi((s) => s.setLive);
  return (
    <button
      type="button"
      role="switch"
      aria-checked={live}
      onClick={() => setLive(!live)}
      className="inline-flex min-h-9 items-center gap-2 rounded-full py-1 pl-1 pr-3 text-sm font-medium hover:bg-surface-raised"
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

interface PromptBarProps {
  actions: ActionState;
  run: (kind: StagedKind) => boolean;
}

/** The prompt, Live, and the paid actions: the row above the canvas and its result. */
export function PromptBar({ actions, run }: PromptBarProps) {
  const settings = useCanvasSettings((s) => s.settings);
  const update = useCanvasSettings((s) => s.update);
  const maskCoverage = useDocumentState((s) => s.maskCoverage);
  const fresh = useDocumentState((s) => s.fresh.length);
  const promptId = useId();
  const reasonId = useId();
  const problem = settingsProblem(settings);
  const reasons: Record<StagedKind, string | null> = {
    inpaint: problem ?? (maskCoverage === 0 ? 'Paint a mask (M) to inpaint.' : null),
    outpaint: problem ?? (fresh === 0 ? 'Extend the frame to outpaint.' : null),
    refine: problem,
    upscale: problem,
  };
  const busy = actions.pending !== null;
  const shownReason = problem ?? reasons.inpaint ?? reasons.outpaint;
  return (
    <div className="grid gap-2 rounded-xl border border-border bg-surface p-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-start">
      <div className="grid gap-1">
        <label htmlFor={promptId} className="text-sm font-medium">
          Prompt
        </label>
        <textarea
          id={promptId}
          rows={2}
          maxLength={PROMPT_MAX}
          value={settings.prompt}
          placeholder="What should the sketch become? e.g. a lighthouse on a cliff at dusk"
          onChange={(event) => update({ prompt: event.target.value })}
          className="w-full resize-none rounded-lg border border-border bg-surface px-3 py-2 text-sm focus-visible:outline-2"
        />
      </div>
      <div className="grid content-start gap-1.5">
        <div
          role="group"
          aria-label="Generate from the canvas"
          className="flex flex-wrap items-center gap-1.5"
        >
          <LiveSwitch />
          {ACTIONS.map(({ kind, label, title }) => (
            <ToolButton
              key={kind}
              onClick={() => run(kind)}
              disabled={busy || reasons[kind] !== null}
              aria-describedby={reasons[kind] ? `${reasonId}-${kind}` : undefined}
              title={title}
              className="pointer-coarse:min-h-11"
            >
              {label}
            </ToolButton>
          ))}
        </div>
        {ACTIONS.map(({ kind }) =>
          reasons[kind] ? (
            <span key={kind} id={`${reasonId}-${kind}`} hidden>
              {reasons[kind]}
            </span>
          ) : null,
        )}
        <div className="min-h-5 text-sm">
          {busy ? (
            <p role="status" className="flex items-center gap-2 text-muted">
              <Spinner className="size-3" /> {pendingText(actions.pending!)}
            </p>
          ) : actions.error ? (
            <p role="alert" className="text-danger">
              {labelOf(actions.error.kind)} failed: {actions.error.message}
            </p>
          ) : shownReason ? (
            <p className="text-muted">{shownReason}</p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
