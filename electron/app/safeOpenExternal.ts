/** The only caller of shell.openExternal (lint-enforced): http(s) links only. */
import { shell } from 'electron';
import { isSafeExternalUrl } from './urlPolicy.ts';

export async function safeOpenExternal(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}
