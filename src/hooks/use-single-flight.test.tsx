import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useSingleFlight } from './use-single-flight.ts';

function Harness({ task }: { task: () => Promise<unknown> }) {
  const { busy, run } = useSingleFlight();
  return (
    <button type="button" aria-disabled={busy} onClick={() => run(task)}>
      Go
    </button>
  );
}

describe('useSingleFlight', () => {
  it('starts one task per activation until it settles, then allows the next', async () => {
    let calls = 0;
    let finish: () => void = () => {};
    const task = () => {
      calls += 1;
      return new Promise<void>((resolve) => (finish = resolve));
    };
    const user = userEvent.setup();
    render(<Harness task={task} />);
    const button = screen.getByRole('button', { name: 'Go' });
    await user.dblClick(button);
    // Two clicks dispatched in one go, before React could render the first.
    act(() => {
      button.click();
      button.click();
    });
    expect(calls).toBe(1);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await act(async () => finish());
    expect(button).toHaveAttribute('aria-disabled', 'false');
    await user.click(button);
    expect(calls).toBe(2);
  });

  it('releases the guard when the task fails', async () => {
    let calls = 0;
    const user = userEvent.setup();
    render(
      <Harness
        task={() => {
          calls += 1;
          return Promise.reject(new Error('refused'));
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Go' }));
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(calls).toBe(2);
  });
});
