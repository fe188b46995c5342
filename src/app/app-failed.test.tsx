import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meResponder, stubFetch } from '../test/fetch-stub.ts';
import { renderApp } from '../test/render-app.tsx';
import { signInAlice } from '../test/render-signed-in.tsx';

// A part of the shell that breaks while rendering, as a bug in it would.
vi.mock('./account-summary.tsx', () => ({
  AccountSummary: () => {
    throw new Error('Cannot read the balance');
  },
}));
vi.mock('./views/generate-view.tsx', () => ({ GenerateView: () => <h1>Generate</h1> }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('when the shell itself fails', () => {
  it('shows what happened and a way out instead of a blank page', () => {
    // React reports the error on the console as well; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    stubFetch(meResponder());
    signInAlice();
    renderApp();
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'The studio stopped working' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('Cannot read the balance');
    expect(alert).not.toHaveTextContent(/at \w+ \(/);
    expect(within(alert).getByRole('button', { name: 'Reload the studio' })).toBeInTheDocument();
  });
});
