/** The lists several views share: campaigns (newest first) and reviewers. */
import type { CampaignSummary, ReviewerView } from '../../../../shared/api/campaignTypes.ts';
import { call } from '../../api/client.ts';
import { useLoad, type Loaded } from '../../data/useLoad.ts';

/** Reload with `reload()`: the list stays on screen meanwhile. */
export function useCampaignList(): Loaded<CampaignSummary[]> {
  return useLoad('campaigns', async (signal) => {
    const result = await call('campaigns:list', { limit: 500 }, { signal });
    return result.rows;
  });
}

export function useReviewers(includeInactive = false): Loaded<ReviewerView[]> {
  return useLoad(`reviewers:${includeInactive}`, (signal) => call('reviewers:list', { includeInactive }, { signal }));
}
