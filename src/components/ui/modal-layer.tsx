import { useLayoutEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Renders a modal into its own element at the end of <body> and makes everything else inert while
 * it is open, so the page behind cannot be clicked, tabbed to or read out: aria-modal is then the
 * truth. Layout effects, so the page is live again before a focus trap hands focus back.
 */
export function ModalLayer({ children }: { children: ReactNode }) {
  const [host, setHost] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const element = document.createElement('div');
    // Elements already inert (another dialog's page) are left to whoever made them so.
    const others = [...document.body.children].filter((child) => !child.hasAttribute('inert'));
    document.body.append(element);
    for (const other of others) other.setAttribute('inert', '');
    setHost(element);
    return () => {
      for (const other of others) other.removeAttribute('inert');
      element.remove();
    };
  }, []);
  return host ? createPortal(children, host) : null;
}
