import { useEffect, useState } from 'react';
import {
  getEngineCapabilities,
  type EngineCapabilities,
} from '../../../api/engine-capabilities.ts';
import { pageEngineOrigin } from '../lib/servers.ts';

// Asked once per page and origin. Not in the query cache: that holds a user's data only, and is
// emptied at every sign-in and sign-out, while this is about the server and stays true.
const asked = new Map<string, Promise<EngineCapabilities | null>>();

function ask(origin: string): Promise<EngineCapabilities | null> {
  let answer = asked.get(origin);
  if (!answer) {
    answer = getEngineCapabilities(origin);
    asked.set(origin, answer);
  }
  return answer;
}

/** For tests: forget what was asked, as a new page would. */
export function forgetPageEngine(): void {
  asked.clear();
}

export interface PageEngine {
  /** No engine serves this page (a static host): the local engine's URL must be entered. */
  engineUrlNeeded: boolean;
  /** This page's engine relays to Leonardo's cloud at this base URL; null otherwise. */
  relayBaseUrl: string | null;
}

/** Whether an engine serves this page, and whether it relays; until it answers, it is assumed. */
export function usePageEngine(): PageEngine {
  const origin = pageEngineOrigin();
  const [known, setKnown] = useState<{ origin: string; answer: EngineCapabilities | null }>();
  useEffect(() => {
    let current = true;
    void ask(origin).then((answer) => {
      if (current) setKnown({ origin, answer });
    });
    return () => {
      current = false;
    };
  }, [origin]);
  if (known?.origin !== origin) return { engineUrlNeeded: false, relayBaseUrl: null };
  return {
    engineUrlNeeded: known.answer === null,
    relayBaseUrl: known.answer?.relayBaseUrl ?? null,
  };
}
