import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { ErrorCode, FieldIssue, IpcError } from '../../../shared/errors';

/** A failed main-process call, typed: the UI branches on `code` and shows `issues` by field. */
export class IpcCallError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(error: IpcError) {
    super(error.message);
    this.name = 'IpcCallError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

/** Calls a main-process channel and unwraps its result; failures throw IpcCallError. */
export async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await window.api[channel](input);
  if (result.ok) return result.value;
  throw new IpcCallError(result.error);
}

export function errorMessage(error: unknown): string {
  if (error instanceof IpcCallError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
