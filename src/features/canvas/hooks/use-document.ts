import { getCanvasDocument, sessionStore, type SessionState } from '../document/canvas-session.ts';
import type { DocumentState } from '../document/document-state.ts';
import { useExternalStore } from '../lib/external-store.ts';

/** A slice of the document's state (size, undo availability…); re-renders only when it changes. */
export function useDocumentState<S>(selector: (state: DocumentState) => S): S {
  return useExternalStore(getCanvasDocument().state, selector);
}

export function useSessionState<S>(selector: (state: SessionState) => S): S {
  return useExternalStore(sessionStore, selector);
}
