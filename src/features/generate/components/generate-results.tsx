import { useId } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { useNow } from '../../../hooks/use-now.ts';
import { useGenerateActions } from '../lib/generate-actions.ts';
import { ResultCard } from './result-card.tsx';

const WAITING = new Set(['queued', 'sending', 'running']);

/** What was asked for here, newest first: waiting, generating, then the images themselves. */
export function GenerateResults() {
  const headingId = useId();
  const { results, onClearResults } = useGenerateActions();
  const waiting = results.some((result) => WAITING.has(result.state));
  const finished = results.some((result) => !WAITING.has(result.state));
  const now = useNow(waiting);
  return (
    <section
      aria-labelledby={headingId}
      className="grid content-start gap-3 rounded-xl border border-border bg-surface p-4"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-sm font-semibold">
          Results
        </h2>
        {finished ? (
          <Button variant="ghost" className="px-2.5 py-1 text-xs" onClick={onClearResults}>
            Clear results
          </Button>
        ) : null}
      </div>
      {results.length === 0 ? (
        <p className="text-sm text-muted">
          Your images appear here: a placeholder as soon as you press Generate, then the images
          themselves, with Download, Open in canvas and more.
        </p>
      ) : (
        <ul aria-label="Results" className="grid gap-3">
          {results.map((result) => (
            <ResultCard key={result.key} result={result} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
