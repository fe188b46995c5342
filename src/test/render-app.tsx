import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createQueryClient } from '../api/query-client.ts';
import { App } from '../app/app.tsx';

/** Renders the whole studio with a fresh query client, as main.tsx does. */
export function renderApp({ linkKey = null }: { linkKey?: string | null } = {}) {
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} linkKey={linkKey} />);
  return { ...view, user, queryClient };
}
