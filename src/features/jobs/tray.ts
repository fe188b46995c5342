// The jobs tray's panel, apart from index.ts: the shell loads it lazily, so the rows, their
// buttons and their wording stay out of the first screen's code. The queue and the job list it
// shows run from index.ts (`useJobQueue`) from the first render on.
export { JobsTray } from './components/jobs-tray.tsx';
