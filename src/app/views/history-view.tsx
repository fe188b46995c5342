import type { StartedJob } from '../../api/jobs.ts';
import { HistoryPanel } from '../../features/gallery/index.ts';
import { forgetJobs, trackJob, useJobCostLookup } from '../../features/jobs/index.ts';
import { navigate } from '../../lib/router.ts';
import { canvasHref, historyHref, initHref, reuseHref } from '../links.ts';

const follow = (job: StartedJob) => trackJob({ ...job, href: job.href ?? historyHref(job.id) });

/**
 * History meets the rest of the studio here: Generate (Reuse prompt, Use as init image) and the
 * canvas through their addresses.
 */
export function HistoryView() {
  const jobCost = useJobCostLookup();
  return (
    <HistoryPanel
      onJobStarted={follow}
      onReuse={(generationId) => navigate(reuseHref(generationId))}
      onOpenInCanvas={(imageId, generationId) => navigate(canvasHref(imageId, generationId))}
      onUseAsInit={(imageId) => navigate(initHref(imageId))}
      onDeleted={forgetJobs}
      jobCost={jobCost}
    />
  );
}
