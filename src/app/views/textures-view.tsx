import { forgetJobs, trackJob } from '../../features/jobs/index.ts';
import { TexturesPage } from '../../features/textures/index.ts';

export function TexturesView() {
  return (
    <TexturesPage
      onJobStarted={(job) => trackJob({ ...job, href: job.href ?? null })}
      onJobsDeleted={forgetJobs}
    />
  );
}
