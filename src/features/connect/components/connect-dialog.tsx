import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useSessionStore } from '../../../lib/session-store.ts';
import { useConnect } from '../hooks/use-connect.ts';
import { usePageEngine } from '../hooks/use-page-engine.ts';
import { connectErrorMessage, isUnreachableCloud } from '../lib/connect-error-message.ts';
import {
  DEFAULT_DEV_ENGINE_ORIGIN,
  baseUrlForChoice,
  checkCustomBaseUrl,
  checkEngineUrl,
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
  const page = usePageEngine();
  const [key, setKey] = useState(linkKey ?? '');
  const [choice, setChoice] = useState<ServerChoice>(() =>
    linkKey ? 'local' : choiceForBaseUrl(lastBaseUrl, page.relayBaseUrl),
  );
  const [customUrl, setCustomUrl] = useState(() =>
    choiceForBaseUrl(lastBaseUrl) === 'custom' ? (lastBaseUrl ?? '') : '',
  );
  const [engineUrl, setEngineUrl] = useState(DEFAULT_DEV_ENGINE_ORIGIN);
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

  // The relay option appears once the engine has said it relays; one used before is chosen again.
  useEffect(() => {
    if (page.relayBaseUrl !== null && lastBaseUrl === page.relayBaseUrl && !linkKey) {
      setChoice('relay');
    }
  }, [page.relayBaseUrl, lastBaseUrl, linkKey]);

  function submit(chosen: ServerChoice) {
    if (connect.isPending) return;
    const trimmedKey = key.trim();
    const server = baseUrlForChoice(chosen, { customUrl, engineUrl }, page);
    setKeyError(trimmedKey === '' ? 'Enter your API key.' : null);
    setUrlError(server.ok ? null : server.message);
    if (trimmedKey === '' || !server.ok) return;
    connect.mutate({ key: trimmedKey, baseUrl: server.baseUrl });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(choice);
  }

  const failedChoice = connect.isError ? choice : null;
  const offerRelay =
    failedChoice !== null &&
    isUnreachableCloud(connect.error, failedChoice) &&
    page.relayBaseUrl !== null;
  const failure =
    failedChoice !== null ? connectErrorMessage(connect.error, failedChoice, offerRelay) : null;

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
            connect.reset();
          }}
          customUrl={customUrl}
          onCustomUrlChange={(value) => {
            setCustomUrl(value);
            if (urlError) setUrlError(checkCustomBaseUrl(value).ok ? null : urlError);
          }}
          customError={choice === 'custom' ? urlError : null}
          engineUrlNeeded={page.engineUrlNeeded}
          engineUrl={engineUrl}
          onEngineUrlChange={(value) => {
            setEngineUrl(value);
            if (urlError) setUrlError(checkEngineUrl(value).ok ? null : urlError);
          }}
          engineError={choice === 'local' ? urlError : null}
          relayBaseUrl={page.relayBaseUrl}
        />
        {failure ? (
          <div
            role="alert"
            className="grid gap-2 rounded-lg border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger"
          >
            <p>{failure}</p>
            {offerRelay ? (
              <div>
                <Button
                  onClick={() => {
                    setChoice('relay');
                    submit('relay');
                  }}
                >
                  Connect through this engine
                </Button>
              </div>
            ) : null}
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
