import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useSessionStore } from '../../../lib/session-store.ts';
import { useConnect } from '../hooks/use-connect.ts';
import { connectErrorMessage } from '../lib/connect-error-message.ts';
import {
  baseUrlForChoice,
  checkCustomBaseUrl,
  choiceForBaseUrl,
  localEngineBaseUrl,
  type ServerChoice,
} from '../lib/servers.ts';
import { ApiKeyField } from './api-key-field.tsx';
import { ServerField } from './server-field.tsx';

interface ConnectDialogProps {
  /** A key from a `#key=` link: tried once against the local engine as soon as the dialog opens. */
  linkKey?: string | null;
  onLinkKeyTried?: () => void;
}

export function ConnectDialog({ linkKey = null, onLinkKeyTried }: ConnectDialogProps) {
  const lastBaseUrl = useSessionStore((state) => state.lastBaseUrl);
  const [key, setKey] = useState(linkKey ?? '');
  const [choice, setChoice] = useState<ServerChoice>(() =>
    linkKey ? 'local' : choiceForBaseUrl(lastBaseUrl),
  );
  const [customUrl, setCustomUrl] = useState(() =>
    choiceForBaseUrl(lastBaseUrl) === 'custom' ? (lastBaseUrl ?? '') : '',
  );
  const [keyError, setKeyError] = useState<string | null>(null);
  const [urlError, setUrlError] = useState<string | null>(null);
  const connect = useConnect();
  const { mutate } = connect;

  // A ref, not state: StrictMode runs effects twice in dev and the link must be tried once.
  const linkTried = useRef(false);
  useEffect(() => {
    if (!linkKey || linkTried.current) return;
    linkTried.current = true;
    mutate({ key: linkKey, baseUrl: localEngineBaseUrl() });
    onLinkKeyTried?.();
  }, [linkKey, mutate, onLinkKeyTried]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (connect.isPending) return;
    const trimmedKey = key.trim();
    const server = baseUrlForChoice(choice, customUrl);
    setKeyError(trimmedKey === '' ? 'Enter your API key.' : null);
    setUrlError(server.ok ? null : server.message);
    if (trimmedKey === '' || !server.ok) return;
    connect.mutate({ key: trimmedKey, baseUrl: server.baseUrl });
  }

  const failure = connect.isError ? connectErrorMessage(connect.error, choice) : null;

  return (
    <Dialog
      title="Connect to Leonardo"
      headingLevel="h1"
      description={
        <>
          <p>Paste a Leonardo API key, or a key your local engine accepts.</p>
          <p className="mt-1.5">
            The key is kept only in this browser tab’s session storage; closing the tab forgets it.
          </p>
        </>
      }
    >
      <form noValidate onSubmit={handleSubmit} className="grid gap-5">
        <ApiKeyField value={key} onChange={setKey} error={keyError} />
        <ServerField
          choice={choice}
          onChoiceChange={(next) => {
            setChoice(next);
            setUrlError(null);
          }}
          customUrl={customUrl}
          onCustomUrlChange={(value) => {
            setCustomUrl(value);
            if (urlError) setUrlError(checkCustomBaseUrl(value).ok ? null : urlError);
          }}
          customError={urlError}
        />
        {failure ? (
          <div
            role="alert"
            className="rounded-lg border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger"
          >
            {failure}
          </div>
        ) : null}
        <div className="flex items-center justify-end gap-3">
          {connect.isPending ? (
            <span role="status" className="flex items-center gap-2 text-sm text-muted">
              <Spinner />
              Checking the key…
            </span>
          ) : null}
          {/* aria-disabled, not disabled: disabling the focused button would drop focus to <body>. */}
          <Button type="submit" variant="primary" aria-disabled={connect.isPending}>
            Connect
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
