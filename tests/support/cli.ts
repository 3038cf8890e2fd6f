import { runCli } from '../../src/main/cli';

/** Runs the `casefile` CLI in-process and captures what it prints and its exit code. */
export async function cli(args: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env,
  });
  return { code, stdout, stderr };
}
