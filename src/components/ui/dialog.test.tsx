import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './button.tsx';
import { Dialog } from './dialog.tsx';

function Harness({ dismissable = true }: { dismissable?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Open</Button>
      {open ? (
        <Dialog
          title="Settings"
          description="What the dialog is for."
          onDismiss={dismissable ? () => setOpen(false) : undefined}
        >
          <Button>First</Button>
          <Button disabled>Disabled</Button>
          <Button data-autofocus>Middle</Button>
          <Button onClick={() => setOpen(false)}>Last</Button>
        </Dialog>
      ) : null}
    </>
  );
}

describe('Dialog', () => {
  it('opens as a modal <dialog> named by its title, focus on data-autofocus', async () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(showModal).toHaveBeenCalledOnce();
    expect(dialog).toHaveAccessibleDescription('What the dialog is for.');
    expect(screen.getByRole('button', { name: 'Middle' })).toHaveFocus();
    showModal.mockRestore();
  });

  it('keeps Tab inside, going round at both ends and over disabled controls', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Last' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'First' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Last' })).toHaveFocus();
  });

  it('closes with Escape and gives focus back to the opener', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('dismisses on a close request that came from outside its content', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog');
    // What the browser sends for Escape pressed while focus had fallen to <body>.
    const cancel = new Event('cancel', { cancelable: true });
    act(() => {
      dialog.dispatchEvent(cancel);
    });
    expect(cancel.defaultPrevented).toBe(true);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('stays open without onDismiss, and opens again if the browser closes it anyway', async () => {
    const user = userEvent.setup();
    render(<Harness dismissable={false} />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.keyboard('{Escape}');
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    (dialog as HTMLDialogElement).close();
    expect(dialog).toHaveAttribute('open');
  });
});
