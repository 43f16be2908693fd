/**
 * A tiny translator shared by the renderer, the CLI and the reports: nested message objects,
 * dotted keys checked by the type system, and `{name}` interpolation. Pure: no DOM, no Node.
 */
import { en } from './en.ts';
import { zh } from './zh.ts';
import type { Messages } from './types.ts';

export type { Messages } from './types.ts';

export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

const CATALOGUES: Record<Lang, Messages> = { 'zh-CN': zh, en };

/** Every dotted path that ends at a string, e.g. `header.search` or `enums.procedure.simple`. */
export type MessageKey = LeafPaths<Messages>;
type LeafPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafPaths<T[K]>}`;
}[keyof T & string];

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Replaces `{name}` by `params.name`; unknown names stay visible so a slip is noticed. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Translates one key; falls back to Chinese, then to the key itself, never throws. */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  const template = lookup(CATALOGUES[lang], key) ?? lookup(zh, key) ?? key;
  return interpolate(template, params);
}

export function createT(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}
