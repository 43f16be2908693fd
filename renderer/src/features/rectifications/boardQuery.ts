/** The board's filters as the UI holds them, and their translation to `rectifications:list`. */
import type { OperationInput } from '../../../../shared/api/contract.ts';
import type { RectificationBoardStatus } from '../../../../shared/api/rectificationTypes.ts';
import type { TableSort } from '../../components/VirtualTable.tsx';

export interface BoardFilters {
  campaignId: string;
  unit: string;
  status: RectificationBoardStatus | '';
  /** `yes`: repeats only; `no`: first occurrences only. */
  repeat: '' | 'yes' | 'no';
  text: string;
}

export const EMPTY_BOARD_FILTERS: BoardFilters = { campaignId: '', unit: '', status: '', repeat: '', text: '' };

export type BoardQuery = Omit<OperationInput<'rectifications:list'>, 'offset' | 'limit'>;

export function boardQuery(filters: BoardFilters, sort: TableSort): BoardQuery {
  return {
    ...(filters.campaignId ? { campaignId: Number(filters.campaignId) } : {}),
    ...(filters.unit ? { unit: filters.unit } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.repeat ? { repeat: filters.repeat === 'yes' } : {}),
    ...(filters.text.trim() ? { text: filters.text.trim() } : {}),
    sort: sort.column as BoardQuery['sort'],
    direction: sort.direction,
  };
}
