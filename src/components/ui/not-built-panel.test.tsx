import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotBuiltPanel } from './not-built-panel.tsx';

describe('NotBuiltPanel', () => {
  it('names the view and says plainly that it is not built yet, with no controls', () => {
    render(<NotBuiltPanel name="History" summary="It will list your past generations." />);
    expect(screen.getByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent(
      'This part of the studio is not built yet.',
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
