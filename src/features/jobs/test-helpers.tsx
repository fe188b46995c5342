import type { JobKind } from '../../api/jobs.ts';
import { JobsTray } from './components/jobs-tray.tsx';
import { useQueueRuntime } from './hooks/use-queue-runtime.ts';

const historyHref = (_kind: JobKind, id: string) => `/history?open=${id}`;

/** The tray as the shell mounts it: its panel, and the queue the shell runs beside it. */
export function TrayWithQueue({
  onOpen = () => {},
  resultHref = historyHref,
}: {
  onOpen?: (href: string) => void;
  resultHref?: (kind: JobKind, id: string) => string | null;
}) {
  useQueueRuntime(resultHref);
  return <JobsTray onOpen={onOpen} />;
}
