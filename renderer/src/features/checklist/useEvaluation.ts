/**
 * The open case's evaluation: opened (or created, with the automatic checks run) through
 * `evaluations:open`, edited locally, scored live with the same `scoreEvaluation` the store
 * uses, and autosaved. Item edits are debounced per item (SAVE_DELAY_MS) and written with
 * `evaluations:save-item`; a failed write keeps the edit queued, shows the error and is retried
 * by the next change or the retry button, so nothing the reviewer did is dropped. Switching
 * cases, "save & next" and hiding the window flush what is queued first.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  EvaluationSummary,
  EvaluationView,
  EvidenceView,
  FindingDecision,
  FindingView,
  ItemResultView,
} from '../../../../shared/api/evaluationTypes.ts';
import type { CaseDetail } from '../../../../shared/api/types.ts';
import type { AppErrorData } from '../../../../shared/errors.ts';
import type { OptionChoice, ScoreResult } from '../../../../shared/scoring/types.ts';
import { call } from '../../api/client.ts';
import { errorDataOf } from './errorText.ts';
import { liveScore } from './liveScore.ts';

export const SAVE_DELAY_MS = 250;
const REVIEWER_KEY = 'pingcha.reviewer';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** What the pane edits on one item, bonus item or veto. */
export interface ItemEdit {
  status: ItemResultView['status'];
  deductions: OptionChoice[];
  awards: OptionChoice[];
  note: string | null;
}

export interface EvaluationState {
  view: EvaluationView | null;
  loading: boolean;
  loadError: AppErrorData | null;
  /** Results as the pane shows them: stored ones with local edits on top. */
  items: ReadonlyMap<string, ItemEdit>;
  evidence: readonly EvidenceView[];
  findings: readonly FindingView[];
  evaluation: EvaluationSummary | null;
  /** Computed here from the shown results: the live score. */
  score: ScoreResult | null;
  saveState: SaveState;
  saveError: AppErrorData | null;
}

export interface EvaluationActions {
  editItem(itemId: string, edit: ItemEdit): void;
  addEvidence(itemId: string, documentId: number, pageNo: number, quote: string | null): Promise<void>;
  removeEvidence(evidenceId: number): Promise<void>;
  decideFinding(findingId: number, decision: FindingDecision, reason?: string): Promise<void>;
  rerunChecks(): Promise<void>;
  setReviewer(name: string): Promise<void>;
  /** Writes everything queued now; resolves true when all of it is stored. */
  flush(): Promise<boolean>;
  reload(): void;
}

export function rememberedReviewer(): string {
  try {
    return localStorage.getItem(REVIEWER_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Keeps the name for the next case and for the workflow dialogs (no logins on a shared PC). */
export function rememberReviewer(name: string): void {
  try {
    if (name.trim()) localStorage.setItem(REVIEWER_KEY, name.trim());
  } catch {
    // storage unavailable: the name is asked for again next time
  }
}

function toEdit(r: ItemResultView): ItemEdit {
  return { status: r.status, deductions: [...r.deductions], awards: [...r.awards], note: r.note };
}

/**
 * `evaluationId`: the evaluation to open (a campaign's); null opens the case's current one.
 * `defer`: not opened yet (the case's first page is still on its way: opening runs the case's
 * automatic checks, and the page would wait for the processor meanwhile).
 */
export function useEvaluation(
  caseDetail: CaseDetail | null,
  evaluationId: number | null = null,
  defer = false,
): [EvaluationState, EvaluationActions] {
  const caseId = caseDetail?.id ?? null;
  const wantedEvaluationId = caseId === null ? null : evaluationId;
  // State of the last evaluation opened; shown only while it belongs to the open case.
  const [view, setView] = useState<EvaluationView | null>(null);
  const [loadError, setLoadError] = useState<{ caseId: number; error: AppErrorData } | null>(null);
  const [items, setItems] = useState<ReadonlyMap<string, ItemEdit>>(new Map());
  const [evidence, setEvidence] = useState<readonly EvidenceView[]>([]);
  const [findings, setFindings] = useState<readonly FindingView[]>([]);
  const [evaluation, setEvaluation] = useState<EvaluationSummary | null>(null);
  const [save, setSave] = useState<{ evaluationId: number | null; state: SaveState; error: AppErrorData | null }>({
    evaluationId: null,
    state: 'idle',
    error: null,
  });
  const [reloadKey, setReloadKey] = useState(0);

  // Queued item writes of the open evaluation, and the timer that sends them.
  const pending = useRef(new Map<string, ItemEdit>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const evaluationIdRef = useRef<number | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);

  const mergeItems = useCallback((changed: readonly ItemResultView[]) => {
    if (changed.length === 0) return;
    setItems((all) => {
      const next = new Map(all);
      for (const r of changed) if (!pending.current.has(r.itemId)) next.set(r.itemId, toEdit(r));
      return next;
    });
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    // The evaluation whose edits are queued now, even if another one opens meanwhile.
    const evaluationId = evaluationIdRef.current;
    const queue = pending.current;
    if (inFlight.current) await inFlight.current;
    if (evaluationId === null) return true;
    for (;;) {
      if (queue.size === 0) return true;
      const batch = [...queue.entries()];
      const mine = evaluationIdRef.current === evaluationId;
      if (mine) setSave({ evaluationId, state: 'saving', error: null });
      const run = (async () => {
        try {
          for (const [itemId, edit] of batch) {
            const result = await call('evaluations:save-item', {
              evaluationId,
              itemId,
              status: edit.status,
              deductions: edit.deductions,
              awards: edit.awards,
              note: edit.note,
            });
            // Only forget the edit when no newer one replaced it meanwhile.
            if (queue.get(itemId) === edit) queue.delete(itemId);
            if (evaluationIdRef.current === evaluationId) setEvaluation(result.evaluation);
          }
          if (evaluationIdRef.current === evaluationId && queue.size === 0) {
            setSave({ evaluationId, state: 'saved', error: null });
          }
          return true;
        } catch (err) {
          if (evaluationIdRef.current === evaluationId) {
            setSave({ evaluationId, state: 'error', error: errorDataOf(err) });
          }
          return false;
        } finally {
          inFlight.current = null;
        }
      })();
      inFlight.current = run;
      if (!(await run)) return false;
      // Edits made while this batch was in flight go out in the next round.
    }
  }, []);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [flush]);

  // Open the case's evaluation; the previous case's queued edits are written first.
  useEffect(() => {
    let cancelled = false;
    const previous = flush();
    if (caseId === null || defer) {
      evaluationIdRef.current = null;
      return undefined;
    }
    void (async () => {
      await previous;
      if (cancelled) return;
      pending.current = new Map();
      evaluationIdRef.current = null;
      try {
        const opened = await call(
          'evaluations:open',
          wantedEvaluationId !== null ? { evaluationId: wantedEvaluationId } : { caseId },
        );
        if (cancelled) return;
        evaluationIdRef.current = opened.evaluation.id;
        let summary = opened.evaluation;
        const remembered = rememberedReviewer();
        if (!summary.reviewer && remembered) {
          summary = (await call('evaluations:set-reviewer', { evaluationId: summary.id, reviewer: remembered }))
            .evaluation;
          if (cancelled) return;
        }
        // A transition: the checklist of a newly opened case renders in slices, so the document
        // beside it (pdf.js's worker asks the page for bytes as it parses) is not held up by it.
        startTransition(() => {
          setView(opened);
          setEvaluation(summary);
          setItems(new Map(opened.items.map((r) => [r.itemId, toEdit(r)])));
          setEvidence(opened.evidence);
          setFindings(opened.findings);
          setLoadError(null);
        });
      } catch (err) {
        if (!cancelled) setLoadError({ caseId, error: errorDataOf(err) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [caseId, wantedEvaluationId, reloadKey, flush, defer]);

  // Leaving the page (reload, close) writes what is queued; keepalive is not needed because
  // the debounce is short and the bridge answers fast, but hiding the window flushes at once.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
    };
  }, [flush]);

  const editItem = useCallback(
    (itemId: string, edit: ItemEdit) => {
      setItems((all) => new Map(all).set(itemId, edit));
      pending.current.set(itemId, edit);
      setSave({ evaluationId: evaluationIdRef.current, state: 'saving', error: null });
      schedule();
    },
    [schedule],
  );

  const guard = useCallback(async (work: (evaluationId: number) => Promise<void>) => {
    const evaluationId = evaluationIdRef.current;
    if (evaluationId === null) return;
    setSave({ evaluationId, state: 'saving', error: null });
    try {
      await work(evaluationId);
      setSave({ evaluationId, state: pending.current.size > 0 ? 'saving' : 'saved', error: null });
    } catch (err) {
      setSave({ evaluationId, state: 'error', error: errorDataOf(err) });
    }
  }, []);

  const addEvidence = useCallback(
    (itemId: string, documentId: number, pageNo: number, quote: string | null) =>
      guard(async (evaluationId) => {
        const result = await call('evaluations:add-evidence', { evaluationId, itemId, documentId, pageNo, quote });
        setEvidence((all) => [...all, result.evidence]);
        setEvaluation(result.evaluation);
      }),
    [guard],
  );

  const removeEvidence = useCallback(
    (evidenceId: number) =>
      guard(async (evaluationId) => {
        const result = await call('evaluations:remove-evidence', { evaluationId, evidenceId });
        setEvidence((all) => all.filter((e) => e.id !== result.removedId));
        setEvaluation(result.evaluation);
      }),
    [guard],
  );

  const decideFinding = useCallback(
    (findingId: number, decision: FindingDecision, reason?: string) =>
      guard(async (evaluationId) => {
        // A decision may change item results: queued edits go first so they are not overwritten.
        await flush();
        const result = await call('evaluations:decide-finding', {
          evaluationId,
          findingId,
          decision,
          ...(reason ? { reason } : {}),
        });
        setFindings((all) => all.map((f) => (f.id === result.finding.id ? result.finding : f)));
        mergeItems(result.items);
        setEvaluation(result.evaluation);
      }),
    [guard, flush, mergeItems],
  );

  const rerunChecks = useCallback(
    () =>
      guard(async (evaluationId) => {
        await flush();
        const result = await call('evaluations:rerun-checks', { evaluationId });
        setFindings(result.findings);
        mergeItems(result.items);
        setEvaluation(result.evaluation);
      }),
    [guard, flush, mergeItems],
  );

  const setReviewer = useCallback(
    (name: string) =>
      guard(async (evaluationId) => {
        const reviewer = name.trim();
        if (!reviewer) return;
        rememberReviewer(reviewer);
        const result = await call('evaluations:set-reviewer', { evaluationId, reviewer });
        setEvaluation(result.evaluation);
      }),
    [guard],
  );

  const shown = view && view.evaluation.caseId === caseId ? view : null;
  const shownError = loadError && loadError.caseId === caseId ? loadError.error : null;
  const mine = shown !== null && save.evaluationId === shown.evaluation.id;

  const score = useMemo(() => (shown ? liveScore(shown, items, caseDetail) : null), [shown, items, caseDetail]);

  const reload = useCallback(() => setReloadKey((k) => k + 1), []);

  return [
    {
      view: shown,
      loading: caseId !== null && !shown && !shownError,
      loadError: shownError,
      items,
      evidence,
      findings,
      evaluation: shown ? evaluation : null,
      score,
      saveState: mine ? save.state : 'idle',
      saveError: mine ? save.error : null,
    },
    { editItem, addEvidence, removeEvidence, decideFinding, rerunChecks, setReviewer, flush, reload },
  ];
}
