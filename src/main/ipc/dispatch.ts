import type { z } from 'zod';
import { contract, type Channel } from '../../shared/ipc/contract';
import { AppError, toFieldIssues, type IpcResult } from '../../shared/errors';
import { storageErrorFrom } from '../db/sqliteErrors';
import type { ServiceContext } from '../services/context';
import type { Handlers } from './handlers';
import { isTrustedSender, type SenderInfo } from './trustedSender';

export type DispatchDeps = {
  handlers: Handlers;
  /** The context for this call, or a LOCKED/STORAGE AppError when the store is not usable. */
  context: () => ServiceContext;
  trustedOrigin: string;
  /** A refusal before validation (e.g. LOCKED until a profile is chosen), or null. */
  guard?: (channel: string) => AppError | null;
  /** Where unexpected failures are written; never sent to the renderer in full. */
  logError?: (channel: string, error: unknown) => void;
};

function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

function fromZod(error: z.ZodError): AppError {
  const issues = toFieldIssues(error.issues);
  const first = issues[0];
  const summary = first ? `${first.path} ${first.message}` : 'input is not valid';
  return new AppError(
    'VALIDATION',
    issues.length > 1 ? `${summary} (and ${issues.length - 1} more)` : summary,
    issues,
  );
}

/**
 * The one entry point for every IPC call, used by Electron's ipcMain and the loopback test host
 * alike: sender check -> input validation -> handler -> a result object. It never throws.
 */
export function dispatch(
  channel: string,
  rawInput: unknown,
  sender: SenderInfo,
  deps: DispatchDeps,
): IpcResult<unknown> {
  if (!isTrustedSender(sender, deps.trustedOrigin)) {
    return {
      ok: false,
      error: { code: 'FORBIDDEN', message: 'this window may not call Casefile' },
    };
  }
  return execute(channel, rawInput, deps);
}

/**
 * Validation, handler and error mapping without the sender check: for callers inside the main
 * process itself (the CLI), which are not renderer frames.
 */
export function execute(
  channel: string,
  rawInput: unknown,
  deps: DispatchDeps,
): IpcResult<unknown> {
  try {
    if (!isChannel(channel)) {
      throw new AppError('NOT_FOUND', `unknown channel ${channel}`);
    }
    const refusal = deps.guard?.(channel);
    if (refusal) throw refusal;
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) throw fromZod(parsed.error);
    const handler = deps.handlers[channel] as (input: unknown, ctx: ServiceContext) => unknown;
    const value = handler(parsed.data, deps.context());
    return { ok: true, value };
  } catch (e) {
    const storage = storageErrorFrom(e);
    if (storage) {
      // Logged in full for IT; the renderer gets the typed reason and a plain message.
      if (!(e instanceof AppError)) deps.logError?.(channel, e);
      return {
        ok: false,
        error: { code: 'STORAGE', message: storage.message, reason: storage.reason },
      };
    }
    if (e instanceof AppError) {
      return {
        ok: false,
        error: { code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) },
      };
    }
    if (e instanceof Error && e.name === 'ZodError') return dispatchZod(e as z.ZodError);
    deps.logError?.(channel, e);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Casefile hit an unexpected error; nothing was saved.' },
    };
  }
}

function dispatchZod(e: z.ZodError): IpcResult<unknown> {
  const err = fromZod(e);
  return { ok: false, error: { code: err.code, message: err.message, issues: err.issues ?? [] } };
}
