/** The tray panel's id, for the header button that shows and hides it. */
export const JOBS_TRAY_ID = 'jobs-tray';
