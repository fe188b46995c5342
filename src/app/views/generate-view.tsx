import type { StartedJob } from '../../api/jobs.ts';
import { GeneratePanel } from '../../features/generate/index.ts';
import { trackJob } from '../../features/jobs/index.ts';
import { historyHref } from '../links.ts';

/** Images made here are shown in History, where the tray's finished job leads. */
const follow = (job: StartedJob) => trackJob({ ...job, href: job.href ?? historyHref(job.id) });

export function GenerateView() {
  return <GeneratePanel onJobStarted={follow} />;
}
