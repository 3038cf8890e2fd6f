import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Doyensec's Electronegativity over the sources and the built app (issue 9, R-electron): no
// finding of MEDIUM or higher severity. `npm test` builds before it runs this.

type Issue = {
  id: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  confidence: string;
  file: string;
  line: number;
  description: string;
};
type Scan = {
  input: string;
  checks: number;
  issues: Issue[];
  errors: { file: string; message: string }[];
};
type Report = { electronVersion: string; excluded: string[]; scans: Scan[] };

const repo = resolve(__dirname, '../../..');
const BLOCKING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

// Files the scanner cannot parse, each with its reason. The renderer bundle contains ES2022 class
// private fields (from React Aria), which Electronegativity 1.10's esprima/estraverse predate;
// the renderer's own code is scanned as source (src/renderer), and the bundle's security surface
// (CSP, no eval, no remote origin) is proven in Chromium by tests/e2e/csp.spec.ts.
const UNPARSEABLE = [/^out\/renderer\/assets\/[^/]+\.js$/];

describe.skipIf(!existsSync(resolve(repo, 'out/main/index.js')))(
  'Electronegativity',
  { timeout: 240_000 },
  () => {
    it('finds nothing of MEDIUM severity or higher in src/ and in the built app (out/)', () => {
      const stdout = execFileSync(
        process.execPath,
        [resolve(repo, 'scripts/electronegativity.cjs'), 'src', 'out'],
        { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 170_000 },
      );
      const report = JSON.parse(stdout) as Report;
      for (const scan of report.scans) {
        const bySeverity: Record<string, number> = {};
        for (const i of scan.issues) bySeverity[i.severity] = (bySeverity[i.severity] ?? 0) + 1;
        console.log(
          `[R-electron] electronegativity ${scan.input}/ (Electron ${report.electronVersion}): ` +
            `${scan.checks} checks, findings ${JSON.stringify(bySeverity)}, ` +
            `${scan.errors.length} unparsed file(s)`,
        );
      }
      const [src, out] = report.scans;
      expect(src?.checks).toBeGreaterThan(30);
      expect(out?.checks).toBeGreaterThan(30);

      const blocking = report.scans.flatMap((s) =>
        s.issues
          .filter((i) => BLOCKING.has(i.severity))
          .map((i) => `${s.input}/${i.file}:${i.line} ${i.id} ${i.severity}: ${i.description}`),
      );
      expect(blocking).toEqual([]);

      const unparsed = report.scans.flatMap((s) =>
        s.errors
          .map((e) => `${s.input}/${e.file.replace(`${resolve(repo, s.input)}/`, '')}`)
          .filter((file) => !UNPARSEABLE.some((allowed) => allowed.test(file))),
      );
      expect(unparsed).toEqual([]);
      // The main process and the preload, the code that holds the Electron configuration, parse.
      expect(
        out?.errors.filter((e) => /out\/(main|preload)\//.test(e.file)),
        'main and preload parse',
      ).toEqual([]);
    });
  },
);
