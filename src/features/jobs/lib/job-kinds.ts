import type { JobKind } from '../../../api/jobs.ts';

export interface JobKindText {
  title: string;
  /** What the tray says when the server reports the job FAILED without saying why. */
  failure: string;
  /** The button that shows a finished job's result. */
  openLabel: string;
}

/** How the tray names each kind of job. */
export const JOB_KIND_TEXT: Record<JobKind, JobKindText> = {
  'text-to-image': {
    title: 'Text to image',
    failure: 'The server could not make these images.',
    openLabel: 'Open images',
  },
  motion: {
    title: 'Motion',
    failure: 'The server could not make this video.',
    openLabel: 'Open video',
  },
  texture: {
    title: 'Texture',
    failure: 'The server could not make these texture maps.',
    openLabel: 'Open textures',
  },
};

const UNKNOWN_KIND: JobKindText = {
  title: 'Job',
  failure: 'The server could not finish this job.',
  openLabel: 'Open',
};

/** The wording of a kind, also for a queue entry of a kind this studio no longer knows. */
export const jobKindText = (kind: string): JobKindText =>
  JOB_KIND_TEXT[kind as JobKind] ?? UNKNOWN_KIND;
