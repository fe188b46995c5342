import '@testing-library/jest-dom/vitest';
import 'vitest-canvas-mock';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  // The session store persists to sessionStorage; one test's sign-in must not leak into the next.
  sessionStorage.clear();
});
