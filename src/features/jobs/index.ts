// The jobs feature's public surface, mounted once by the app shell.
export { JobsTray } from './components/jobs-tray.tsx';
