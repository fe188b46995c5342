import '@testing-library/jest-dom/vitest';
import 'vitest-canvas-mock';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useSessionStore } from '../lib/session-store.ts';

// jsdom has no showModal() or close(). These open and close the element as a browser does, with
// the events the studio's Dialog listens to; the top layer and the inert page behind are the
// browser's, and the e2e tests check them in Chromium.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  // Signed out, so every store kept per user drops what this test left; then the session
  // store's own sessionStorage goes too: one test's sign-in must not leak into the next.
  useSessionStore.setState({ credentials: null, userId: null, lastBaseUrl: null });
  sessionStorage.clear();
});
