import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppLink } from '../components/ui/app-link.tsx';
import { navigate, setBasePath, toAppPath, toFullPath, useLocation } from './router.ts';

function Path() {
  return <p>{useLocation().pathname}</p>;
}

describe('app paths under a base path (a static host’s sub-folder)', () => {
  it('maps full paths to app paths and back', () => {
    expect(toAppPath('/team/studio/history', '/team/studio/')).toBe('/history');
    expect(toAppPath('/team/studio/', '/team/studio/')).toBe('/');
    expect(toAppPath('/team/studio', '/team/studio/')).toBe('/');
    expect(toAppPath('/elsewhere', '/team/studio/')).toBe('/elsewhere');
    expect(toFullPath('/history?open=1', '/team/studio/')).toBe('/team/studio/history?open=1');
    expect(toAppPath('/history', '/')).toBe('/history');
    expect(toFullPath('/history', '/')).toBe('/history');
  });

  describe('in the studio', () => {
    beforeEach(() => {
      setBasePath('/team/studio/');
      window.history.replaceState(null, '', '/team/studio/generate');
    });
    afterEach(() => setBasePath('/'));

    it('shows views by their app path and navigates below the base', async () => {
      render(<Path />);
      expect(screen.getByText('/generate')).toBeTruthy();
      await act(async () => navigate('/history?open=x'));
      expect(screen.getByText('/history')).toBeTruthy();
      expect(`${window.location.pathname}${window.location.search}`).toBe(
        '/team/studio/history?open=x',
      );
    });

    it('gives links their full address, so a new tab opens the right page', () => {
      render(<AppLink href="/textures">Textures</AppLink>);
      expect(screen.getByRole('link', { name: 'Textures' })).toHaveAttribute(
        'href',
        '/team/studio/textures',
      );
    });
  });
});
