import { createContext, useContext } from 'react';
import type { CreateGenerationBody } from '../../../../contract/index.ts';

/** What became of a request right after Generate: the app's queue says. */
export type SubmitResult =
  | { status: 'sent'; jobId: string | null }
  /** Waits in the studio's queue for a free slot: it goes out by itself. */
  | { status: 'queued' }
  | { status: 'failed'; message: string };

export interface GenerateRequest {
  body: CreateGenerationBody;
  /** What the tray and the results show: the prompt. */
  label: string;
}

export type GenerateResultState =
  'queued' | 'sending' | 'not-sent' | 'running' | 'complete' | 'failed';

/** One request made from Generate, from "Queued" to its images. */
export interface GenerateResult {
  /** Stable from the moment it was asked for. */
  key: string;
  label: string;
  state: GenerateResultState;
  requestedAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  message: string | null;
  /** The generation's id once the server took it. */
  jobId: string | null;
  /** The request as sent. */
  body: unknown;
}

/**
 * What Generate hands to the rest of the studio, given by the app's Generate view: the queue
 * that sends requests, the results it reports back, and where the results' actions lead.
 */
export interface GenerateActions {
  onSubmit: (request: GenerateRequest) => Promise<SubmitResult>;
  results: readonly GenerateResult[];
  onCancel: (key: string) => void;
  onRetry: (key: string) => void;
  /** Forget the finished results shown here (the tray keeps its own). */
  onClearResults: () => void;
  /** A generation's details (History's dialog). */
  onOpenDetails: (generationId: string) => void;
  onOpenInCanvas: (imageId: string, generationId: string) => void;
  /** Generate again from this image (`/generate?init=<imageId>`). */
  onUseAsInit: (imageId: string) => void;
}

export const GenerateActionsContext = createContext<GenerateActions | null>(null);

export function useGenerateActions(): GenerateActions {
  const actions = useContext(GenerateActionsContext);
  if (!actions) throw new Error('Generate needs its actions from the app (GeneratePanel props).');
  return actions;
}

/** How many images a request asks for (the API's default is 4). */
export function requestedImages(body: unknown): number {
  const count =
    typeof body === 'object' && body !== null
      ? (body as { num_images?: unknown }).num_images
      : undefined;
  return typeof count === 'number' && Number.isInteger(count) && count > 0 ? Math.min(count, 8) : 4;
}
