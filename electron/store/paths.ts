/**
 * Where the app keeps its workspace when none is named. The desktop app and the CLI agree on
 * it, so `pingcha cases` without `--workspace` shows what the window shows.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Pingcha';

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.PINGCHA_HOME) return path.resolve(env.PINGCHA_HOME);
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_DIR_NAME);
}

export function defaultWorkspaceDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  return path.join(userDataDir(env, platform), 'workspace');
}
