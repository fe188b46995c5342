import { useQuery } from '@tanstack/react-query';
import {
  useMemo,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { maxImagesFor } from '../../../../contract/rules.ts';
import { buildUrl } from '../../../api/client.ts';
import { platformModelsQueryOptions } from '../../../api/models.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { outlastDoubleClick, useSingleFlight } from '../../../hooks/use-single-flight.ts';
import { curlCommand } from '../../../lib/curl-command.ts';
import { useCostEstimate } from '../hooks/use-cost-estimate.ts';
import { useImportSettings } from '../hooks/use-import-settings.ts';
import { useReuseParam } from '../hooks/use-reuse-param.ts';
import { useInitImageParam } from '../lib/init-image-param.ts';
import { useInitImage } from '../lib/init-image-store.ts';
import { usePromptHistory } from '../hooks/use-user-stores.ts';
import { buildRequest, errorFor, type FormField } from '../lib/build-request.ts';
import { estimateParams } from '../lib/estimate-params.ts';
import { CUSTOM_MODEL } from '../lib/form-state.ts';
import { disabledReasons } from '../lib/form-rules.ts';
import { GenerateActionsContext, type GenerateActions } from '../lib/generate-actions.ts';
import { useGenerateForm } from '../store/generate-form-store.ts';
import { ActionBar } from './action-bar.tsx';
import { GenerateResults } from './generate-results.tsx';
import { GuidanceField } from './guidance-field.tsx';
import { InitImageField } from './init-image-field.tsx';
import { ImageCountField } from './image-count-field.tsx';
import { ImportSettings } from './import-settings.tsx';
import { ModeSwitches } from './mode-switches.tsx';
import { ModelField } from './model-field.tsx';
import { PresetsField } from './presets-field.tsx';
import { PromptFields } from './prompt-fields.tsx';
import { PromptHistoryDialog } from './prompt-history-dialog.tsx';
import { RequestPreview } from './request-preview.tsx';
import { SeedField } from './seed-field.tsx';
import { SizeFields } from './size-fields.tsx';
import { StyleField } from './style-field.tsx';

const isTextField = (target: EventTarget) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.closest('input, textarea, select') !== null);

const firstImage = (files: FileList | null | undefined) =>
  Array.from(files ?? []).find((file) => file.type.startsWith('image/')) ?? null;

/**
 * The Generate view: a text-to-image form that checks the request before sending it, with its
 * results beside it. Requests go through the app's queue (`onSubmit`); the results it reports
 * back show here, from "Queued" to the images.
 */
export function GeneratePanel(actions: GenerateActions) {
  const client = useApiClient();
  const form = useGenerateForm((state) => state.form);
  const update = useGenerateForm((state) => state.update);
  const models = useQuery(platformModelsQueryOptions(client));
  const flight = useSingleFlight();
  const reuseFailure = useReuseParam();
  useInitImageParam();
  const init = useInitImage((state) => state.init);
  const initStrength = useInitImage((state) => state.strength);
  const initUploading = useInitImage((state) => state.upload.status === 'uploading');
  const history = usePromptHistory();
  const importer = useImportSettings();
  // Until the first attempt an empty prompt is not an error yet, just an empty box.
  const [attempted, setAttempted] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [dragging, setDragging] = useState(false);

  const { body, errors } = useMemo(
    () => buildRequest(form, { init, strength: initStrength, uploading: initUploading }),
    [form, init, initStrength, initUploading],
  );
  const command = useMemo(
    () => curlCommand({ method: 'POST', url: buildUrl(client.baseUrl, '/generations'), body }),
    [client.baseUrl, body],
  );
  const estimate = useCostEstimate(
    estimateParams(body, errors.length === 0, form.model === CUSTOM_MODEL),
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
    const { prompt, negativePrompt } = form;
    // Paid: one request per click, however fast the clicks come.
    flight.run(async () => {
      const outcome = await actions.onSubmit({ body, label: body.prompt });
      if (outcome.status === 'failed') {
        setSubmitError(outcome.message);
        setStatus(null);
        return;
      }
      setSubmitError(null);
      void history?.record(prompt, negativePrompt).catch(() => {});
      if (outcome.status === 'queued') {
        setStatus('Queued: it goes out as soon as a slot is free.');
        await outlastDoubleClick();
      } else {
        setStatus('Started: the images appear in Results.');
      }
    });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  function handleDragOver(event: DragEvent<HTMLElement>) {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  }

  function handleDrop(event: DragEvent<HTMLElement>) {
    setDragging(false);
    const file = firstImage(event.dataTransfer.files);
    if (!file) return;
    event.preventDefault();
    void importer.importFile(file);
  }

  // Pasted into the view (not into a field): an image, or a generation id or image URL.
  function handlePaste(event: ClipboardEvent<HTMLElement>) {
    if (isTextField(event.target)) return;
    const file = firstImage(event.clipboardData.files);
    const text = event.clipboardData.getData('text/plain').trim();
    if (!file && !text) return;
    event.preventDefault();
    if (file) void importer.importFile(file);
    else void importer.importReference(text);
  }

  const imagesMax = maxImagesFor(Number(form.width) || 0, Number(form.height) || 0);

  return (
    <GenerateActionsContext value={actions}>
      <section
        aria-labelledby="view-heading"
        onDragOver={handleDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={handleDrop}
        onPaste={handlePaste}
        className={`mx-auto grid max-w-7xl gap-6 rounded-2xl ${dragging ? 'ring-2 ring-accent ring-offset-4' : ''}`}
      >
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
          <div className="grid gap-4">
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
                promptTools={
                  history ? (
                    <Button
                      variant="ghost"
                      className="px-2 py-1 text-xs"
                      onClick={() => setHistoryOpen(true)}
                    >
                      Prompt history
                    </Button>
                  ) : null
                }
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
              {submitError ? (
                <div
                  role="alert"
                  className="rounded-lg border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger"
                >
                  {submitError}
                </div>
              ) : null}
              <ActionBar estimate={estimate} busy={flight.busy} status={status} />
            </form>
            <div className="grid gap-4 md:grid-cols-2">
              <PresetsField />
              <ImportSettings
                onFile={(file) => void importer.importFile(file)}
                onReference={(text) => void importer.importReference(text)}
                message={importer.message}
                busy={importer.busy}
              />
            </div>
          </div>
          <div className="grid content-start gap-4 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto">
            <GenerateResults />
            <RequestPreview command={command} hasErrors={errors.length > 0} />
          </div>
        </div>
        {historyOpen && history ? (
          <PromptHistoryDialog
            history={history}
            onClose={() => setHistoryOpen(false)}
            onChoose={(entry) => {
              update({ prompt: entry.prompt });
              setHistoryOpen(false);
            }}
          />
        ) : null}
      </section>
    </GenerateActionsContext>
  );
}
