import { createContext, useContext } from 'react';
import type { DocumentState } from '../document/document-state.ts';
import { useExternalStore } from '../lib/external-store.ts';
import type { SaveState } from '../persist/document-store.ts';
import type { LiveStatus, Notice } from '../store/results-store.ts';
import type { CanvasSession } from './canvas-session.ts';

/** The open session (one user's canvas); the workspace renders its tools only inside one. */
export const SessionContext = createContext<CanvasSession | null>(null);

export function useCanvasSession(): CanvasSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('The canvas tools need an open canvas session.');
  return session;
}

/** A slice of the document's state (size, layers, undo availability…); re-renders only when it changes. */
export function useDocumentState<S>(selector: (state: DocumentState) => S): S {
  return useExternalStore(useCanvasSession().doc.state, selector);
}

export function useSaveState<S>(selector: (state: SaveState) => S): S {
  return useExternalStore(useCanvasSession().store.state, selector);
}

export function useLiveStatus<S>(selector: (state: LiveStatus) => S): S {
  return useExternalStore(useCanvasSession().results.live, selector);
}

export function useNotice(): Notice | null {
  return useExternalStore(useCanvasSession().results.notice, (n) => n);
}
