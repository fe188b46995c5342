import { vi } from 'vitest';
import { renderSignedIn } from '../../test/render-signed-in.tsx';
import { GeneratePanel } from './components/generate-panel.tsx';
import type { GenerateActions, GenerateRequest, SubmitResult } from './lib/generate-actions.ts';

/** Generate with its actions recorded: what the app's view would hand to the queue and the router. */
export function renderGenerate(overrides: Partial<GenerateActions> = {}) {
  const submitted: GenerateRequest[] = [];
  const actions: GenerateActions = {
    onSubmit: vi.fn(async (request: GenerateRequest): Promise<SubmitResult> => {
      submitted.push(request);
      return { status: 'sent', jobId: null };
    }),
    results: [],
    onCancel: vi.fn(),
    onRetry: vi.fn(),
    onClearResults: vi.fn(),
    onOpenDetails: vi.fn(),
    onOpenInCanvas: vi.fn(),
    onUseAsInit: vi.fn(),
    ...overrides,
  };
  return { ...renderSignedIn(<GeneratePanel {...actions} />), actions, submitted };
}
