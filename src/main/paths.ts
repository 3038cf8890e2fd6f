import { join } from 'node:path';

export type DataDirInputs = {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  platform: string;
  homedir: string;
};

/** `--data-dir D` beats `CASEFILE_DATA_DIR` beats the platform default the desktop app uses. */
export function resolveDataDir({ argv, env, platform, homedir }: DataDirInputs): string {
  const i = argv.indexOf('--data-dir');
  const fromArg = i >= 0 ? argv[i + 1] : undefined;
  if (fromArg) return fromArg;
  if (env.CASEFILE_DATA_DIR) return env.CASEFILE_DATA_DIR;
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(homedir, 'AppData', 'Roaming'), 'Casefile', 'data');
  }
  if (platform === 'darwin')
    return join(homedir, 'Library', 'Application Support', 'Casefile', 'data');
  return join(env.XDG_CONFIG_HOME ?? join(homedir, '.config'), 'Casefile', 'data');
}
