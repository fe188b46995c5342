import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { buildUrl } from '../../../api/client.ts';
import { platformModelsQueryOptions } from '../../../api/models.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import type { StartedJob } from '../../../api/jobs.ts';
import { useSingleFlight } from '../../../hooks/use-single-flight.ts';
import { curlCommand } from '../../../lib/curl-command.ts';
import { useCreateGeneration } from '../hooks/use-create-generation.ts';
import { useReuseParam } from '../hooks/use-reuse-param.ts';
import { useInitImageParam } from '../lib/init-image-param.ts';
import { useInitImage } from '../lib/init-image-store.ts';
import { buildRequest, errorFor, type FormField } from '../lib/build-request.ts';
import { maxImagesFor } from '../../../../contract/rules.ts';
import { disabledReasons } from '../lib/form-rules.ts';
import { useGenerateForm } from '../store/generate-form-store.ts';
import { GuidanceField } from './guidance-field.tsx';
import { InitImageField } from './init-image-field.tsx';
import { ImageCountField } from './image-count-field.tsx';
import { ModeSwitches } from './mode-switches.tsx';
import { ModelField } from './model-field.tsx';
import { PromptFields } from './prompt-fields.tsx';
import { RequestPreview } from './request-preview.tsx';
import { SeedField } from './seed-field.tsx';
import { SizeFields } from './size-fields.tsx';
import { StyleField } from './style-field.tsx';

interface GeneratePanelProps {
  /** A job was started: the app hands it to the jobs tray. */
  onJobStarted: (job: StartedJob) => void;
}

/** The Generate view: a text-to-image form that checks the request before sending it. */
export function GeneratePanel({ onJobStarted }: GeneratePanelProps) {
  const client = useApiClient();
  const form = useGenerateForm((state) => state.form);
  const update = useGenerateForm((state) => state.update);
  const models = useQuery(platformModelsQueryOptions(client));
  const create = useCreateGeneration(onJobStarted);
  const flight = useSingleFlight();
  const reuseFailure = useReuseParam();
  useInitImageParam();
  const init = useInitImage((state) => state.init);
  const initStrength = useInitImage((state) => state.strength);
  const initUploading = useInitImage((state) => state.upload.status === 'uploading');
  // Until the first attempt an empty prompt is not an error yet, just an empty box.
  const [attempted, setAttempted] = useState(false);

  const { body, errors } = useMemo(
    () => buildRequest(form, { init, strength: initStrength, uploading: initUploading }),
    [form, init, initStrength, initUploading],
  );
  const command = useMemo(
    () => curlCommand({ method: 'POST', url: buildUrl(client.baseUrl, '/generations'), body }),
    [client.baseUrl, body],
  );
  const reasons = disabledReasons(form);
  const shown = (field: FormField) => {
    const message = errorFor(errors, field);
    return field === 'prompt' && !attempted && form.prompt.trim() === '' ? null : message;
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (flight.busy) return;
    if (errors.length > 0) {
      const first = event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
      return;
    }
    // Paid: one request per click, however fast the clicks come.
    flight.run(() => create.mutateAsync(body));
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  const imagesMax = maxImagesFor(Number(form.width) || 0, Number(form.height) || 0);

  return (
    <section aria-labelledby="view-heading" className="mx-auto grid max-w-6xl gap-6">
      <h1 id="view-heading" tabIndex={-1} className="text-2xl font-semibold tracking-tight">
        Generate
      </h1>
      {reuseFailure ? (
        <p
          role="alert"
          className="rounded-lg border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger"
        >
          {reuseFailure}
        </p>
      ) : null}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <form
          noValidate
          onSubmit={handleSubmit}
          onKeyDown={handleKeyDown}
          aria-label="Text to image"
          className="grid gap-5 rounded-xl border border-border bg-surface p-5"
        >
          <PromptFields
            prompt={form.prompt}
            negativePrompt={form.negativePrompt}
            onChange={update}
            promptError={shown('prompt')}
            negativeError={shown('negativePrompt')}
          />
          <InitImageField error={shown('initImage')} />
          <ModelField
            model={form.model}
            customModelId={form.customModelId}
            onChange={update}
            models={models.data ?? []}
            disabledReason={reasons.model}
            loadError={models.isError ? models.error.message : null}
            customError={shown('customModelId')}
          />
          <SizeFields
            width={form.width}
            height={form.height}
            onChange={update}
            widthError={shown('width')}
            heightError={shown('height')}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <ImageCountField
              value={form.numImages}
              onChange={(numImages) => update({ numImages })}
              max={imagesMax}
              error={shown('numImages')}
            />
            <GuidanceField
              value={form.guidanceScale}
              onChange={(guidanceScale) => update({ guidanceScale })}
              error={shown('guidanceScale')}
            />
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <SeedField
              mode={form.seedMode}
              seed={form.seed}
              onChange={update}
              error={shown('seed')}
            />
            <StyleField
              value={form.presetStyle}
              alchemy={form.alchemy}
              onChange={(presetStyle) => update({ presetStyle })}
              error={shown('presetStyle')}
            />
          </div>
          <ModeSwitches
            form={form}
            reasons={reasons}
            onChange={update}
            photoRealError={shown('photoReal')}
          />
          {create.isError ? (
            <div
              role="alert"
              className="rounded-lg border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger"
            >
              {create.error.message}
            </div>
          ) : null}
          <div className="flex flex-wrap items-center justify-end gap-3">
            <span role="status" className="flex items-center gap-2 text-sm text-muted">
              {flight.busy ? (
                <>
                  <Spinner /> Sending…
                </>
              ) : create.isSuccess ? (
                'Started. The jobs tray follows it; the images will appear in History.'
              ) : null}
            </span>
            {/* aria-disabled, not disabled: disabling the focused button would drop focus. */}
            <Button type="submit" variant="primary" aria-disabled={flight.busy}>
              Generate
            </Button>
          </div>
        </form>
        <RequestPreview command={command} hasErrors={errors.length > 0} />
      </div>
    </section>
  );
}
