// Part of `npm run lint`: proves that the architecture rules in eslint.config.js catch what they
// are there to catch, by linting small probe files that break them (and some that do not).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';

interface Probe {
  what: string;
  /** Where the probe pretends to live: the rules are about paths. */
  file: string;
  code: string;
  /** The rule that must report it, or null for a probe that must pass. */
  rule: string | null;
}

const RESTRICTED = 'import-x/no-restricted-paths';
const CYCLE = 'import-x/no-cycle';
const UNRESOLVED = 'import-x/no-unresolved';

const probes: Probe[] = [
  {
    what: 'a feature importing another feature by a relative path',
    file: 'src/features/canvas/components/lint-probe.ts',
    code: "export { HistoryPanel } from '../../gallery/index.ts';\n",
    rule: RESTRICTED,
  },
  {
    what: 'a relative path that leads nowhere (it would slip past the path rules)',
    file: 'src/features/canvas/lint-probe.ts',
    code: "export { HistoryPanel } from '../../gallery/index.ts';\n",
    rule: UNRESOLVED,
  },
  {
    what: 'a feature importing another feature from deep inside it',
    file: 'src/features/generate/lib/lint-probe.ts',
    code: "export { JobsTray } from '../../jobs/components/jobs-tray.tsx';\n",
    rule: RESTRICTED,
  },
  {
    what: 'src/lib importing a feature',
    file: 'src/lib/lint-probe.ts',
    code: "export { GeneratePanel } from '../features/generate/index.ts';\n",
    rule: RESTRICTED,
  },
  {
    what: 'src/hooks importing the app',
    file: 'src/hooks/lint-probe.ts',
    code: "export { ROUTES } from '../app/routes.ts';\n",
    rule: RESTRICTED,
  },
  {
    what: 'src/components importing a feature',
    file: 'src/components/ui/lint-probe.ts',
    code: "export { TexturesPage } from '../../features/textures/index.ts';\n",
    rule: RESTRICTED,
  },
  {
    what: 'the engine importing the studio',
    file: 'engine/lint-probe.ts',
    code: "export { createApiClient } from '../src/api/client.ts';\n",
    rule: RESTRICTED,
  },
  {
    what: 'a feature importing shared code and its own files',
    file: 'src/features/canvas/lint-probe.ts',
    code:
      "export { navigate } from '../../lib/router.ts';\n" +
      "export { Button } from '../../components/ui/button.tsx';\n" +
      "export { CanvasWorkspace } from './index.ts';\n",
    rule: null,
  },
  {
    what: 'an app view composing two features',
    file: 'src/app/views/lint-probe.ts',
    code:
      "export { HistoryPanel } from '../../features/gallery/index.ts';\n" +
      "export { JobsTray } from '../../features/jobs/index.ts';\n",
    rule: null,
  },
];

async function main(): Promise<void> {
  const eslint = new ESLint();
  const failures: string[] = [];
  const check = (what: string, rule: string | null, results: ESLint.LintResult[]) => {
    const rules = results.flatMap((result) => result.messages.map((m) => m.ruleId ?? 'fatal'));
    if (rule === null ? rules.length > 0 : !rules.includes(rule)) {
      failures.push(
        `${what}: expected ${rule ?? 'no error'}, got ${rules.join(', ') || 'no error'}`,
      );
    }
  };

  for (const probe of probes) {
    check(probe.what, probe.rule, await eslint.lintText(probe.code, { filePath: probe.file }));
  }

  // A cycle needs files that exist on both ends; they live for the length of this check.
  const dir = join('src', 'lib', `lint-probe-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const a = () => b;\n");
    writeFileSync(join(dir, 'b.ts'), "import { a } from './a.ts';\nexport const b = () => a;\n");
    check('an import cycle', CYCLE, await eslint.lintFiles([join(dir, 'a.ts')]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  if (failures.length > 0) {
    console.error(`The architecture lint rules missed something:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  } else {
    console.log(`Architecture lint rules: ${probes.length + 1} probes behave as expected.`);
  }
}

await main();
