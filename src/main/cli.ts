import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import type { Checkpoint } from './domain/audit/chain';
import { parseCheckpoint } from './domain/audit/checkpoint';
import {
  recordExport,
  recordVerification,
  takeCheckpoint,
  verifyAuditLog,
  writeCaseExport,
} from './services/auditService';
import { getCase } from './services/caseService';
import { caseReferenceSchema } from '../shared/schemas/case';
import { EXTRATERRITORIALITY_MODES, type ExtraterritorialityMode } from '../shared/caseFacts/enums';
import { formatIssues } from '../shared/caseFacts/formatIssues';
import { dateTimeSchema } from '../shared/caseFacts/schema';
import { AppError, type IpcResult } from '../shared/errors';
import {
  AUTHORITY_KINDS,
  isUnverified,
  SEED_FOOTNOTE_COUNT,
  VERIFICATION_LABELS,
  type AuthorityDetail,
  type AuthoritySearchResult,
  type AuthoritySummary,
} from '../shared/schemas/authority';
import { PREMISES_TYPES } from '../shared/schemas/mission';
import { resolveDataDir } from './paths';
import { APP_VERSION, createRuntime, type Runtime } from './runtime';
import { APP_ORIGIN } from './ipc/trustedSender';
import { SYSTEM_ACTOR } from './services/context';
import { assessInput, resolveConfig, RULESET_VERSION } from './domain/assessment';
import { sha256Hex } from './services/audit';
import { previewAssessment } from './services/assessmentService';
import { reassessInWorker } from './services/reassessInWorker';
import { exportFacts } from './services/intake/factsService';

// The `casefile` command: the same services as the desktop app, without Electron, for IT staff
// and scripted checks. Exit codes: 0 ok, 2 bad arguments or input (the message names the field),
// 1 anything else.

export type CliIo = {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Record<string, string | undefined>;
};

class UsageError extends Error {}

function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return 2;
  if (error instanceof AppError && error.code === 'VALIDATION') return 2;
  return 1;
}

function describe(error: unknown): string {
  if (error instanceof AppError) {
    const lines = [`error: ${error.message}`];
    for (const i of error.issues ?? []) lines.push(`  ${i.path}: ${i.message}`);
    return lines.join('\n');
  }
  if (error instanceof Error) return `error: ${error.message}`;
  return `error: ${String(error)}`;
}

/** Unwraps a dispatch result, turning `{ ok: false }` back into the typed error. */
function unwrap<T>(result: IpcResult<unknown>): T {
  if (result.ok) return result.value as T;
  throw new AppError(result.error.code, result.error.message, result.error.issues);
}

function positiveInt(name: string) {
  return (raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0)
      throw new UsageError(`${name} must be a positive whole number, got "${raw}"`);
    return n;
  };
}

/** A file named on the command line; one that cannot be read is bad input (exit 2). */
function readArgFile(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${what} cannot be read: ${(e as Error).message}`);
  }
}

function readCheckpoint(file: string): Checkpoint {
  const parsed = parseCheckpoint(readArgFile(file, '--checkpoint'));
  if (!parsed.ok) throw new UsageError(`--checkpoint ${parsed.error}`);
  return parsed.checkpoint;
}

/** Reads a JSON file given on the command line; unreadable or malformed input is exit 2. */
function readJsonFile(file: string, what = file): unknown {
  const text = readArgFile(file, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

type TestFile = { facts: unknown; config_overrides?: unknown };

/** A golden or test file: the facts under `facts`, never a bare CaseFacts (which has `mission`). */
function isTestFile(doc: unknown): doc is TestFile {
  return (
    typeof doc === 'object' &&
    doc !== null &&
    !Array.isArray(doc) &&
    'facts' in doc &&
    !('mission' in doc)
  );
}

function configFrom(overrides: unknown) {
  const resolved = resolveConfig(overrides ?? {});
  if (!resolved.ok) {
    throw new AppError(
      'VALIDATION',
      `the configuration is not valid for ruleset ${RULESET_VERSION}`,
      formatIssues(resolved.error).map((i) => ({ path: `config ${i.path}`, message: i.message })),
    );
  }
  return resolved.config;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let runtime: Runtime | undefined;
  /** 0 unless a command found something wrong without failing (a broken audit chain: 1). */
  let exitCode = 0;
  const open = (opts: { dataDir?: string }, create = false): Runtime => {
    const dataDir = resolveDataDir({
      argv: opts.dataDir ? ['--data-dir', opts.dataDir] : [],
      env: io.env,
      platform: process.platform,
      homedir: homedir(),
      cwd: process.cwd(),
    });
    runtime = createRuntime({
      dataDir,
      trustedOrigin: APP_ORIGIN,
      actor: { ...SYSTEM_ACTOR, id: 'cli', name: 'casefile CLI' },
      create,
    });
    return runtime;
  };
  const print = (value: unknown, json: boolean, text: () => string) =>
    io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);

  const program = new Command()
    .name('casefile')
    .description('Casefile — diplomatic-asylum casework, from the command line')
    .version(APP_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();
  const dataDirOption = () =>
    new Option(
      '--data-dir <dir>',
      "data folder (default: the desktop app's, or $CASEFILE_DATA_DIR)",
    );

  program
    .command('init')
    .description('create (or upgrade) the database in the data folder')
    .addOption(dataDirOption())
    .action((opts: { dataDir?: string }) => {
      const rt = open(opts, true);
      io.stdout(
        `Casefile database ready at ${rt.database.path} (schema ${rt.database.schemaVersion})\n`,
      );
    });

  const missions = program.command('missions').description('embassies and consulates');
  missions
    .command('add')
    .description('add a mission')
    .requiredOption('--name <name>', 'mission name, e.g. "Embassy in Quito"')
    .requiredOption('--code <code>', 'short code used in case references, e.g. QUI')
    .requiredOption('--sending <state>', 'sending state, ISO 3166-1 alpha-3')
    .requiredOption('--host <state>', 'host (receiving) state, ISO 3166-1 alpha-3')
    .requiredOption('--premises <type>', `premises type: ${PREMISES_TYPES.join(' | ')}`)
    .option('--json', 'print JSON')
    .addOption(dataDirOption())
    .action(
      (opts: {
        name: string;
        code: string;
        sending: string;
        host: string;
        premises: string;
        json?: boolean;
        dataDir?: string;
      }) => {
        const rt = open(opts);
        const mission = unwrap<{ id: number; name: string; code: string }>(
          rt.invoke('missions:create', {
            name: opts.name,
            code: opts.code,
            sendingState: opts.sending,
            hostState: opts.host,
            premisesType: opts.premises,
          }),
        );
        print(
          mission,
          opts.json === true,
          () => `added mission ${mission.id}: ${mission.name} (${mission.code})`,
        );
      },
    );
  missions
    .command('list')
    .description('list missions')
    .option('--json', 'print JSON')
    .addOption(dataDirOption())
    .action((opts: { json?: boolean; dataDir?: string }) => {
      const list = unwrap<
        { id: number; name: string; code: string; sendingState: string; hostState: string }[]
      >(open(opts).invoke('missions:list', {}));
      print(list, opts.json === true, () =>
        list.length === 0
          ? 'no missions yet'
          : list
              .map((m) => `${m.id}\t${m.code}\t${m.sendingState} in ${m.hostState}\t${m.name}`)
              .join('\n'),
      );
    });

  const cases = program.command('cases').description('asylum requests');
  cases
    .command('open')
    .description('open a new case at a mission')
    .requiredOption(
      '--mission <id>',
      'mission id (see `casefile missions list`)',
      positiveInt('--mission'),
    )
    .option('--json', 'print JSON')
    .addOption(dataDirOption())
    .action((opts: { mission: number; json?: boolean; dataDir?: string }) => {
      const c = unwrap<{ reference: string }>(
        open(opts).invoke('cases:open', { missionId: opts.mission }),
      );
      print(c, opts.json === true, () => `opened case ${c.reference}`);
    });
  cases
    .command('list')
    .description('list cases, newest first')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many (1-500)', positiveInt('--limit'), 50)
    .addOption(dataDirOption())
    .action((opts: { json?: boolean; limit: number; dataDir?: string }) => {
      const page = unwrap<{
        items: { reference: string; status: string; missionName: string; updatedAt: string }[];
      }>(open(opts).invoke('cases:list', { limit: opts.limit }));
      print(page.items, opts.json === true, () =>
        page.items.length === 0
          ? 'no cases yet'
          : page.items
              .map((c) => `${c.reference}\t${c.status}\t${c.missionName}\t${c.updatedAt}`)
              .join('\n'),
      );
    });

  const library = program.command('authorities').description('the legal authorities library');
  library
    .command('search')
    .description('ranked full-text search (every word must match, as a prefix; "quote" phrases)')
    .argument('<query...>', 'what to look for, e.g. effective control')
    .addOption(
      new Option(
        '--kind <kind>',
        `only this kind (repeatable): ${AUTHORITY_KINDS.join(' | ')}`,
      ).argParser((value: string, previous: string[] | undefined) => {
        if (!(AUTHORITY_KINDS as readonly string[]).includes(value)) {
          throw new InvalidArgumentError(`must be one of ${AUTHORITY_KINDS.join(', ')}`);
        }
        return [...(previous ?? []), value];
      }),
    )
    .option('--limit <n>', 'how many results (1-200)', positiveInt('--limit'), 20)
    .option('--json', 'print JSON')
    .addOption(dataDirOption())
    .action(
      (
        words: string[],
        opts: { kind?: string[]; limit: number; json?: boolean; dataDir?: string },
      ) => {
        const result = unwrap<AuthoritySearchResult>(
          open(opts).invoke('authorities:search', {
            query: words.join(' '),
            limit: opts.limit,
            ...(opts.kind ? { kinds: opts.kind } : {}),
          }),
        );
        const items = result.items.map((i) => ({
          id: i.id,
          kind: i.kind,
          shortTitle: i.shortTitle,
          citation: i.citation,
          verificationStatus: i.verificationStatus,
          snippet: i.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join(''),
        }));
        print({ total: result.total, items }, opts.json === true, () =>
          items.length === 0
            ? 'no authorities match'
            : items.map((i, n) => `${n + 1}. ${i.id}  ${i.shortTitle}\n   ${i.snippet}`).join('\n'),
        );
      },
    );
  library
    .command('show')
    .description('one authority: citation, pinpoints, propositions, verification, what cites it')
    .argument('<id>', 'authority id, e.g. CASE_MN_BELGIUM')
    .option('--json', 'print JSON')
    .addOption(dataDirOption())
    .action((id: string, opts: { json?: boolean; dataDir?: string }) => {
      const detail = unwrap<AuthorityDetail>(open(opts).invoke('authorities:get', { id }));
      const a = detail.authority;
      print(detail, opts.json === true, () =>
        [
          `${a.id}  ${a.shortTitle}`,
          a.citation,
          `verification: ${VERIFICATION_LABELS[a.verificationStatus]}`,
          ...(isUnverified(a.verificationStatus) ? ['CHECK BEFORE RELYING ON THIS'] : []),
          `pinpoints: ${a.pinpoints.join(', ') || '—'}`,
          ...a.propositions.map((p) => `- ${p}`),
          ...a.errata.map((e) => `erratum ${e.id}: ${e.correction}`),
        ].join('\n'),
      );
    });
  library
    .command('footnote')
    .description('the records a footnote of the seed article cites (SPEC §3.5)')
    .argument('<n>', `footnote number, 1-${SEED_FOOTNOTE_COUNT}`, positiveInt('footnote'))
    .option('--json', 'print JSON')
    .addOption(dataDirOption())
    .action((n: number, opts: { json?: boolean; dataDir?: string }) => {
      const result = unwrap<{ footnote: number; note: string; authorities: AuthoritySummary[] }>(
        open(opts).invoke('authorities:footnote', { footnote: n }),
      );
      print(result, opts.json === true, () =>
        [
          `seed footnote ${result.footnote}: ${result.note}`,
          ...result.authorities.map((a) => `${a.id}\t${a.citation}`),
        ].join('\n'),
      );
    });
  cases
    .command('facts')
    .description('print the canonical CaseFacts JSON of a case (the engine input)')
    .argument('<reference>', 'case reference, e.g. GBR-QUI-2026-0007')
    .option('--json', 'print JSON (the only format; accepted for symmetry)')
    .addOption(dataDirOption())
    .action((reference: string, opts: { dataDir?: string }) => {
      const facts = unwrap<unknown>(open(opts).invoke('cases:facts', { reference }));
      io.stdout(`${JSON.stringify(facts, null, 2)}\n`);
    });
  cases
    .command('import-facts')
    .description('create a case from a CaseFacts JSON file; prints the new reference')
    .argument('<file>', 'a CaseFacts JSON file (shared/domain/case-facts.schema.json)')
    .option(
      '--mission <id>',
      'open the case at this mission (default: the mission the facts describe, found or created)',
      positiveInt('--mission'),
    )
    .option('--json', 'print JSON')
    .addOption(dataDirOption())
    .action((file: string, opts: { mission?: number; json?: boolean; dataDir?: string }) => {
      const facts = readJsonFile(file);
      const c = unwrap<{ reference: string }>(
        open(opts).invoke('cases:import-facts', {
          facts,
          ...(opts.mission !== undefined ? { missionId: opts.mission } : {}),
        }),
      );
      print(c, opts.json === true, () => c.reference);
    });

  const audit = program.command('audit').description('the tamper-evident audit log');
  audit
    .command('verify')
    .description('walk the hash chain and report ok, or the first broken entry and why')
    .option('--checkpoint <file>', 'a checkpoint taken earlier: also detects a cut-off tail')
    .option('--json', 'print JSON')
    .addOption(dataDirOption())
    .action((opts: { checkpoint?: string; json?: boolean; dataDir?: string }) => {
      const checkpoint = opts.checkpoint === undefined ? null : readCheckpoint(opts.checkpoint);
      const ctx = open(opts).context;
      const startedAt = ctx.clock().toISOString();
      const t0 = performance.now();
      const result = verifyAuditLog(ctx.sqlite, { checkpoint });
      const durationMs = performance.now() - t0;
      recordVerification(ctx, {
        result,
        startedAt,
        finishedAt: ctx.clock().toISOString(),
        durationMs,
        checkpoint,
        runBy: 'CLI',
      });
      if (!result.ok) exitCode = 1;
      print(
        { ...result, checkpoint, durationMs: Math.round(durationMs) },
        opts.json === true,
        () =>
          result.ok
            ? `audit log verified: ${result.count} entries, head entry ${result.headSeq} ${result.headHash}` +
              (checkpoint
                ? `\nmatches the checkpoint of ${checkpoint.at} (entry ${checkpoint.seq})`
                : '')
            : `AUDIT LOG BROKEN at entry ${result.brokenSeq}: ${result.reason}\n` +
              `(${result.count} entries before it verified)`,
      );
    });
  audit
    .command('checkpoint')
    .description(
      'print the chain head (entry, hash, time) to print, sign and keep off this machine',
    )
    .option('--json', 'print JSON')
    .addOption(dataDirOption())
    .action((opts: { json?: boolean; dataDir?: string }) => {
      const c = takeCheckpoint(open(opts).context);
      print({ seq: c.seq, hash: c.hash, at: c.at }, opts.json === true, () => c.text.trimEnd());
    });
  audit
    .command('export')
    .description("write a case's audit trail to a JSON file in the data folder's exports/")
    .requiredOption('--case <reference>', 'case reference, e.g. GBR-QUI-2026-0001')
    .option('--json', 'print JSON')
    .addOption(dataDirOption())
    .action((opts: { case: string; json?: boolean; dataDir?: string }) => {
      const ctx = open(opts).context;
      const reference = caseReferenceSchema.safeParse(opts.case);
      if (!reference.success) {
        throw new UsageError(`--case ${reference.error.issues[0]?.message ?? 'is not valid'}`);
      }
      const c = getCase(ctx, { reference: reference.data });
      const written = writeCaseExport(ctx, c.id);
      recordExport(ctx, c.id, written);
      print(
        written,
        opts.json === true,
        () => `wrote ${written.entries} entries to ${written.path}`,
      );
    });
  program
    .command('assess')
    .description(
      'assess a CaseFacts file (or a stored case) and print the result as JSON (SPEC §2.14)',
    )
    .argument('[file]', 'a CaseFacts JSON file, or a test file {facts, config_overrides, …}')
    .addOption(
      new Option('--mode <mode>', 'interpretation mode').choices(EXTRATERRITORIALITY_MODES),
    )
    .option('--config <file>', 'ruleset configuration overrides (JSON), merged over the defaults')
    .option('--case <reference>', 'assess a stored case instead of a file (nothing is saved)')
    .option('--as-of <time>', 'with --case: the time of assessment (default: now)')
    .addOption(dataDirOption())
    .action(
      (
        file: string | undefined,
        opts: {
          mode?: ExtraterritorialityMode;
          config?: string;
          case?: string;
          asOf?: string;
          dataDir?: string;
        },
      ) => {
        if ((file === undefined) === (opts.case === undefined)) {
          throw new UsageError('give either a FILE or --case <reference>, not both');
        }
        let configOverrides: unknown;
        if (opts.config !== undefined) configOverrides = readJsonFile(opts.config, '--config');
        if (file !== undefined) {
          const doc = readJsonFile(file, 'FILE');
          // The golden and test files wrap the facts: {id, facts, config_overrides, expected}.
          const wrapped = isTestFile(doc);
          const facts = wrapped ? doc.facts : doc;
          const config = configFrom(configOverrides ?? (wrapped ? doc.config_overrides : {}));
          const out = assessInput(facts, {
            config,
            ...(opts.mode ? { mode: opts.mode } : {}),
            sha256: sha256Hex,
          });
          if (!out.ok) {
            throw new AppError(
              'VALIDATION',
              `${file} is not a valid CaseFacts document (${out.issues.length} problem${out.issues.length === 1 ? '' : 's'})`,
              out.issues.map((i) => ({
                path: wrapped ? i.path.replace(/^\$/, '$.facts') : i.path,
                message: i.message,
              })),
            );
          }
          io.stdout(`${JSON.stringify(out.result, null, 2)}\n`);
          return;
        }
        if (opts.asOf !== undefined && !dateTimeSchema.safeParse(opts.asOf).success) {
          throw new UsageError(
            `--as-of must be an ISO 8601 time with an offset, got "${opts.asOf}"`,
          );
        }
        const rt = open(opts);
        const caseId = getCase(rt.context, { reference: opts.case ?? '' }).id;
        const result = previewAssessment(rt.context, {
          caseId,
          facts: exportFacts(rt.context, caseId),
          asOf: opts.asOf,
          mode: opts.mode,
          config: configFrom(configOverrides ?? {}),
        });
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      },
    );

  program
    .command('assessments')
    .description('stored assessments')
    .command('verify')
    .description(
      'recompute every stored assessment with its own ruleset and configuration (in a worker thread) and check the bytes match',
    )
    .option('--json', 'print JSON')
    .addOption(dataDirOption())
    .action(async (opts: { json?: boolean; dataDir?: string }) => {
      const dbPath = open(opts).database.path;
      const report = await reassessInWorker(dbPath);
      print(report, opts.json === true, () =>
        [
          `${report.total} stored assessment${report.total === 1 ? '' : 's'} recomputed: ${report.reproduced} reproduced byte for byte`,
          ...report.differing.map(
            (d) => `  DIFFERS: assessment ${d.id} (case ${d.caseId}, version ${d.version})`,
          ),
          ...report.failed.map((f) => `  NOT RECOMPUTED: assessment ${f.id}: ${f.problem}`),
        ].join('\n'),
      );
      if (report.differing.length > 0 || report.failed.length > 0) {
        throw new AppError('CONFLICT', 'some stored assessments do not reproduce');
      }
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are "errors" to commander with exit code 0.
      return e.exitCode === 0 ? 0 : 2;
    }
    io.stderr(`${describe(e)}\n`);
    return exitCodeFor(e);
  } finally {
    runtime?.close();
  }
}
