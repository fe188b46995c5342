import { GeneratePanel } from '../../features/generate/index.ts';
import {
  cancelQueued,
  clearOriginJobs,
  retryJob,
  submitJob,
  useOriginJobs,
} from '../../features/jobs/index.ts';
import { navigate } from '../../lib/router.ts';
import { canvasHref, historyHref, initHref } from '../links.ts';

/** Generate's requests go through the jobs feature's queue; its results come back from it. */
const ORIGIN = 'generate';

export function GenerateView() {
  const results = useOriginJobs(ORIGIN);
  return (
    <GeneratePanel
      onSubmit={({ body, label }) =>
        submitJob({ kind: 'text-to-image', label, body, origin: ORIGIN })
      }
      results={results}
      onCancel={(key) => void cancelQueued(key)}
      onRetry={retryJob}
      onClearResults={() => clearOriginJobs(ORIGIN)}
      onOpenDetails={(generationId) => navigate(historyHref(generationId))}
      onOpenInCanvas={(imageId, generationId) => navigate(canvasHref(imageId, generationId))}
      onUseAsInit={(imageId) => navigate(initHref(imageId))}
    />
  );
}
