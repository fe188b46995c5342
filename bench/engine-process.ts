import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface EngineProcess {
  base: string;
  stop: () => Promise<void>;
}

/** Runs the engine as `npm run engine` does, in its own process, so the client does not share its event loop. */
export function startEngineProcess(
  dataDir: string,
  keys: string,
  env: Record<string, string> = {},
): Promise<EngineProcess> {
  const child: ChildProcess = spawn(`${ROOT}node_modules/.bin/tsx`, ['engine/main.ts'], {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      LEO_ENGINE_PORT: '0',
      LEO_ENGINE_DATA: dataDir,
      LEO_ENGINE_KEYS: keys,
      ...env,
    },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/[\d.:]+)/.exec(output);
      if (match) {
        resolve({
          base: match[1]!,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              process.kill(-child.pid!, 'SIGTERM');
            }),
        });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`engine exited (${code}): ${output}`)));
  });
}
