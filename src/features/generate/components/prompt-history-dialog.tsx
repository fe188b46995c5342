import { useEffect, useId, useMemo, useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { inputClass } from '../../../components/ui/form-field.tsx';
import {
  searchPromptHistory,
  type PromptHistory,
  type PromptHistoryEntry,
} from '../lib/prompt-history.ts';

interface PromptHistoryDialogProps {
  history: PromptHistory;
  onChoose: (entry: PromptHistoryEntry) => void;
  onClose: () => void;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The user's earlier prompts, newest first, searched as they type; choosing one fills Prompt. */
export function PromptHistoryDialog({ history, onChoose, onClose }: PromptHistoryDialogProps) {
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [entries, setEntries] = useState<PromptHistoryEntry[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    history.list().then(
      (list) => live && setEntries(list),
      () => {
        if (!live) return;
        setEntries([]);
        setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [history]);

  const shown = useMemo(
    () => (entries ? searchPromptHistory(entries, query) : []),
    [entries, query],
  );

  function remove(entry: PromptHistoryEntry) {
    setEntries((current) => current?.filter((e) => e.id !== entry.id) ?? null);
    void history.remove(entry.id).catch(() => {});
  }

  return (
    <Dialog
      title="Prompt history"
      size="wide"
      onDismiss={onClose}
      description="Your earlier prompts on this server, newest first. Choose one to put it in Prompt."
      headerEnd={
        <Button variant="ghost" onClick={onClose}>
          Close
        </Button>
      }
    >
      <div className="grid gap-3">
        <div className="grid gap-1">
          <label htmlFor={searchId} className="text-sm font-medium">
            Search prompts
          </label>
          <input
            id={searchId}
            type="search"
            data-autofocus
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            className={inputClass}
          />
        </div>
        {entries === null ? (
          <p role="status" className="text-sm text-muted">
            Loading your prompts…
          </p>
        ) : failed ? (
          <p role="alert" className="text-sm text-danger">
            Your prompt history could not be read in this browser.
          </p>
        ) : shown.length === 0 ? (
          <p role="status" className="text-sm text-muted">
            {entries.length === 0
              ? 'No earlier prompts yet: every prompt you generate with is kept here.'
              : 'No earlier prompt has all of these words.'}
          </p>
        ) : (
          <ul aria-label="Earlier prompts" className="grid max-h-[55vh] gap-1 overflow-y-auto">
            {shown.map((entry) => (
              <li
                key={entry.id}
                className="flex items-start gap-2 rounded-lg border border-border p-1"
              >
                <button
                  type="button"
                  onClick={() => onChoose(entry)}
                  className="grid min-w-0 flex-1 gap-0.5 rounded-md px-2 py-1.5 text-left hover:bg-surface-raised"
                >
                  <span className="line-clamp-3 text-sm break-words">{entry.prompt}</span>
                  <span className="text-xs text-muted">
                    {when.format(entry.usedAt)}
                    {entry.negativePrompt ? ` · without: ${entry.negativePrompt}` : ''}
                  </span>
                </button>
                <Button
                  variant="ghost"
                  className="px-2 py-1 text-xs"
                  aria-label={`Remove from history: ${entry.prompt}`}
                  onClick={() => remove(entry)}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
