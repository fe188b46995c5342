import { useMemo } from 'react';
import { useSessionScope } from '../../../lib/session-store.ts';
import { createPresetStore, type PresetStore } from '../lib/presets.ts';
import { createPromptHistory, type PromptHistory } from '../lib/prompt-history.ts';

/** The signed-in user's prompt history (IndexedDB, one database per server and user). */
export function usePromptHistory(): PromptHistory | null {
  const scope = useSessionScope();
  return useMemo(() => (scope ? createPromptHistory(scope) : null), [scope]);
}

/** The signed-in user's presets. */
export function usePresetStore(): PresetStore | null {
  const scope = useSessionScope();
  return useMemo(() => (scope ? createPresetStore(scope) : null), [scope]);
}
