/** A destructive action: readable on both themes (the danger tokens pair text and background). */
export const dangerButtonClass =
  'inline-flex items-center justify-center gap-2 rounded-lg border border-danger bg-danger-bg ' +
  'px-3.5 py-2 text-sm font-medium text-danger transition-colors hover:brightness-95 ' +
  'disabled:cursor-not-allowed disabled:opacity-60';
