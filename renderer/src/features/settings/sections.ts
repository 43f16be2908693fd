/** The three parts of 设置 and the one that was open last (remembered like the view itself). */
import { useCallback, useState } from 'react';
import { readSetting, writeSetting } from '../../settings.ts';

export const SECTIONS = ['standards', 'profiles', 'calendar'] as const;
export type SectionId = (typeof SECTIONS)[number];

const SETTING = 'settings.section';

function isSection(value: unknown): value is SectionId {
  return typeof value === 'string' && (SECTIONS as readonly string[]).includes(value);
}

export function useSection(): [SectionId, (section: SectionId) => void] {
  const [section, setState] = useState<SectionId>(() => {
    const stored = readSetting<unknown>(SETTING, 'standards');
    return isSection(stored) ? stored : 'standards';
  });
  const set = useCallback((next: SectionId) => {
    setState(next);
    writeSetting(SETTING, next);
  }, []);
  return [section, set];
}
