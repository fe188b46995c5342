import type { ButtonHTMLAttributes } from 'react';

type ToolButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { pressed?: boolean };

const base =
  'inline-flex min-h-9 items-center justify-center gap-1.5 rounded-lg border px-2.5 py-1.5 text-sm font-medium ' +
  'transition-colors disabled:cursor-not-allowed disabled:opacity-50';

/** A compact button for the canvas's tool bars; `pressed` marks the chosen tool or mode. */
export function ToolButton({ pressed, className = '', type = 'button', ...rest }: ToolButtonProps) {
  const look =
    pressed === true
      ? 'border-accent bg-accent text-accent-fg'
      : 'border-border bg-surface text-fg hover:bg-surface-raised';
  return (
    <button
      type={type}
      aria-pressed={pressed}
      className={`${base} ${look} ${className}`.trim()}
      {...rest}
    />
  );
}
