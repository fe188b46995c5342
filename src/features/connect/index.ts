// The connect feature's public surface, used by the app shell.
export { ConnectDialog } from './components/connect-dialog.tsx';
export { takeKeyFromFragment } from './lib/link-key.ts';
