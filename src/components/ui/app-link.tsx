import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { isModifiedClick, navigate, toFullPath } from '../../lib/router.ts';

type AppLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** A real link (middle-click and "open in new tab" work) that navigates in place on a plain click. */
export function AppLink({ href, onClick, ...rest }: AppLinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || isModifiedClick(event) || rest.target) return;
    event.preventDefault();
    navigate(href);
  }
  return <a href={toFullPath(href)} onClick={handleClick} {...rest} />;
}
