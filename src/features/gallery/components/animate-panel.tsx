import { useId, useState } from 'react';
import { MOTION_STRENGTH } from '../../../../contract/limits.ts';
import { Button } from '../../../components/ui/button.tsx';
import { outlastDoubleClick, useSingleFlight } from '../../../hooks/use-single-flight.ts';
import { useHistoryActions, type AnimateOutcome } from '../lib/history-actions.ts';

interface AnimatePanelProps {
  imageId: string;
  prompt: string;
  /** The image is a variation of a generated image (an upscale), which the API is told. */
  isVariation?: boolean;
}

/**
 * Turns the image shown into a short video (SVD motion). The request goes through the app's
 * queue, like Generate's: past the running-jobs limit it waits there as "Queued".
 */
export function AnimatePanel({ imageId, prompt, isVariation = false }: AnimatePanelProps) {
  const strengthId = useId();
  const publicId = useId();
  const [motionStrength, setMotionStrength] = useState(5);
  const [isPublic, setIsPublic] = useState(false);
  const { onAnimate } = useHistoryActions();
  const [outcome, setOutcome] = useState<AnimateOutcome | null>(null);
  const flight = useSingleFlight();

  return (
    <fieldset className="grid gap-2 rounded-xl border border-border p-3">
      <legend className="px-1 text-sm font-medium">
        {isVariation ? 'Motion of the upscaled image' : 'Motion'}
      </legend>
      <div className="flex items-center gap-3 text-sm">
        <label htmlFor={strengthId} className="text-muted">
          Motion strength
        </label>
        <input
          id={strengthId}
          type="range"
          min={MOTION_STRENGTH.min}
          max={MOTION_STRENGTH.max}
          step={1}
          value={motionStrength}
          onChange={(event) => setMotionStrength(Number(event.target.value))}
          className="flex-1 accent-accent"
        />
        <output htmlFor={strengthId} className="w-6 text-right tabular-nums">
          {motionStrength}
        </output>
      </div>
      <label htmlFor={publicId} className="flex items-center gap-2 text-sm">
        <input
          id={publicId}
          type="checkbox"
          checked={isPublic}
          onChange={(event) => setIsPublic(event.target.checked)}
          className="size-4 accent-accent"
        />
        Public
      </label>
      <div>
        {/* aria-disabled, not disabled: disabling the focused button would drop focus out of
            the dialog. Paid: one request per activation, however fast they come. */}
        <Button
          aria-disabled={flight.busy}
          onClick={() =>
            flight.run(async () => {
              const body = {
                imageId,
                motionStrength,
                isPublic,
                ...(isVariation ? { isVariation: true } : {}),
              };
              const result = await onAnimate({ body, label: prompt || 'Motion' });
              setOutcome(result);
              if (result.status === 'queued') await outlastDoubleClick();
            })
          }
        >
          {isVariation ? 'Animate upscaled image' : 'Animate'}
        </Button>
      </div>
      {outcome?.status === 'failed' && !flight.busy ? (
        <p role="alert" className="text-sm text-danger">
          {outcome.message}
        </p>
      ) : (
        <p role="status" className="text-xs text-muted">
          {flight.busy && !outcome
            ? 'Starting the motion job…'
            : outcome?.status === 'sent'
              ? 'Animating: the jobs tray follows it, and the video appears in History.'
              : outcome?.status === 'queued'
                ? 'Queued: the jobs tray sends it as soon as a slot is free.'
                : ''}
        </p>
      )}
    </fieldset>
  );
}
