/** The lists several views share: campaigns (newest first) and reviewers. */
import type { CampaignSummary, ReviewerView } from '../../../../shared/api/campaignTypes.ts';
import { call } from '../../api/client.ts';
import { useLoad, type Loaded } from '../../data/useLoad.ts';

export function useCampaignList(refreshKey = 0): Loaded<CampaignSummary[]> {
  return useLoad(`campaigns:${refreshKey}`, async (signal) => {
    const result = await call('campaigns:list', { limit: 500 }, { signal });
    return result.rows;
  });
}

export function useReviewers(refreshKey: string | number = 0, includeInactive = false): Loaded<ReviewerView[]> {
  return useLoad(`reviewers:${refreshKey}:${includeInactive}`, (signal) =>
    call('reviewers:list', { includeInactive }, { signal }),
  );
}
