import { act, render, screen } from '@testing-library/react';
import { Suspense, lazy, type ComponentType } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  navigate,
  replaceSearch,
  replaceSearchParam,
  useLocation,
  useSearch,
  useSearchParam,
} from './router.ts';

function Path() {
  return <p>{useLocation().pathname}</p>;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/generate');
});

describe('useLocation', () => {
  it('follows navigate() and the back button', async () => {
    render(<Path />);
    expect(screen.getByText('/generate')).toBeTruthy();
    await act(async () => navigate('/history'));
    expect(screen.getByText('/history')).toBeTruthy();
    expect(window.location.pathname).toBe('/history');
    await act(async () => {
      window.history.replaceState(null, '', '/canvas');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByText('/canvas')).toBeTruthy();
  });

  it('keeps the current view on screen while the next one loads, instead of a fallback', async () => {
    let release: () => void = () => {};
    const Next = lazy(
      () =>
        new Promise<{ default: ComponentType }>((resolve) => {
          release = () => resolve({ default: () => <h1>History view</h1> });
        }),
    );
    function Outlet() {
      const { pathname, pending } = useLocation();
      return (
        <Suspense fallback={<p>Loading…</p>}>
          {pending && <p>Opening…</p>}
          {pathname === '/history' ? <Next /> : <h1>Generate view</h1>}
        </Suspense>
      );
    }
    render(<Outlet />);
    await act(async () => navigate('/history'));
    expect(screen.getByRole('heading', { name: 'Generate view' })).toBeTruthy();
    expect(screen.getByText('Opening…')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    await act(async () => release());
    expect(await screen.findByRole('heading', { name: 'History view' })).toBeTruthy();
    expect(screen.queryByText('Opening…')).toBeNull();
  });
});

describe('useSearch', () => {
  it('follows replaceSearch without adding a history entry', async () => {
    function Search() {
      return <p>search:{useSearch()}</p>;
    }
    render(<Search />);
    const entries = window.history.length;
    await act(async () => replaceSearch('?model=m1'));
    expect(screen.getByText('search:?model=m1')).toBeTruthy();
    expect(window.location.pathname).toBe('/generate');
    expect(window.history.length).toBe(entries);
  });
});

describe('search parameters', () => {
  it('reads one parameter and sets or removes it, keeping the others', async () => {
    function Param() {
      return <p>open:{useSearchParam('open') ?? 'none'}</p>;
    }
    window.history.replaceState(null, '', '/history?model=m1');
    render(<Param />);
    expect(screen.getByText('open:none')).toBeTruthy();
    await act(async () => replaceSearchParam('open', 'g1'));
    expect(screen.getByText('open:g1')).toBeTruthy();
    expect(window.location.search).toBe('?model=m1&open=g1');
    await act(async () => replaceSearchParam('open', null));
    expect(window.location.search).toBe('?model=m1');
  });

  it('navigates to a path with a query string, also within the same view', async () => {
    function Search() {
      return <p>search:{useSearch()}</p>;
    }
    window.history.replaceState(null, '', '/history');
    render(<Search />);
    await act(async () => navigate('/history?open=g2'));
    expect(screen.getByText('search:?open=g2')).toBeTruthy();
    const entries = window.history.length;
    navigate('/history?open=g2');
    expect(window.history.length).toBe(entries);
  });
});
