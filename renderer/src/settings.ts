/**
 * Small UI settings (language, pane widths) in localStorage under one prefix. Storage can be
 * unavailable or full; the UI then simply keeps its defaults.
 */
const PREFIX = 'pingcha.';

export function readSetting<T>(key: string, fallback: T): T {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

export function writeSetting(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Ignored: a setting that cannot be saved only means the default returns next time.
  }
}
