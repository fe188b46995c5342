// `npm run dev`: the engine and Vite's dev server side by side; Ctrl+C stops both.
import { spawn } from 'node:child_process';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const children = [
  spawn(bin('tsx'), ['engine/main.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      // Vite serves the studio in dev; the engine only prints the sign-in link for it.
      LEO_ENGINE_STUDIO_DIR: '.no-studio',
      LEO_ENGINE_STUDIO_URL: 'http://127.0.0.1:5173',
    },
  }),
  spawn(bin('vite'), [], { stdio: 'inherit' }),
];

const stop = (code = 0) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
