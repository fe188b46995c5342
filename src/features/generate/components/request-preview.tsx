import { useId } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { useCopyText } from '../../../hooks/use-copy-text.ts';

interface RequestPreviewProps {
  /** The cURL command, with $LEONARDO_API_KEY in place of the key. */
  command: string;
  hasErrors: boolean;
}

/** The request as it would be sent, to read and to copy. The key is never part of it. */
export function RequestPreview({ command, hasErrors }: RequestPreviewProps) {
  const headingId = useId();
  const { copy, state } = useCopyText();
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-border bg-surface p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-sm font-semibold">
          Request
        </h2>
        <div className="flex items-center gap-2">
          <span role="status" className="text-xs text-muted">
            {state === 'copied'
              ? 'Copied.'
              : state === 'failed'
                ? 'Could not copy: select the text.'
                : ''}
          </span>
          <Button onClick={() => void copy(command)}>Copy as cURL</Button>
        </div>
      </div>
      <p className="mt-1 text-xs text-muted">
        Set <code className="font-mono">LEONARDO_API_KEY</code> in your shell; the key itself is
        never copied.{hasErrors ? ' Fix the fields marked above before sending.' : ''}
      </p>
      <pre
        aria-label="Request as cURL"
        tabIndex={0}
        className="mt-3 max-h-72 overflow-auto rounded-lg bg-bg p-3 font-mono text-xs whitespace-pre-wrap break-all"
      >
        {command}
      </pre>
    </section>
  );
}
