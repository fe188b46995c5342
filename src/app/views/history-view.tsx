import { HistoryPanel } from '../../features/gallery/index.ts';
import { forgetJobs, submitJob, useJobCostLookup } from '../../features/jobs/index.ts';
import { navigate } from '../../lib/router.ts';
import { canvasHref, initHref, reuseHref } from '../links.ts';

/**
 * History meets the rest of the studio here: Generate (Reuse prompt, Use as init image) and the
 * canvas through their addresses, the jobs tray's queue for Animate.
 */
export function HistoryView() {
  const jobCost = useJobCostLookup();
  return (
    <HistoryPanel
      onAnimate={({ body, label }) => submitJob({ kind: 'motion', label, body })}
      onReuse={(generationId) => navigate(reuseHref(generationId))}
      onOpenInCanvas={(imageId, generationId) => navigate(canvasHref(imageId, generationId))}
      onUseAsInit={(imageId) => navigate(initHref(imageId))}
      onDeleted={forgetJobs}
      jobCost={jobCost}
    />
  );
}
