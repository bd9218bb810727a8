import { useEffect, useState } from 'react';
import type { DraftDamage, ResponseOf } from '../../../shared/contract';
import { call } from '../api';

type StoreReport = ResponseOf<'app.status'>['store'];

export interface ReportToShow {
  crashed: boolean;
  recovered: { id: string; headline: string }[];
  unreadable: { id: string; problem: DraftDamage }[];
}

/*
 * Asked once per app start (the store checked itself when it opened); the answer is kept here so
 * the notice stays up across screens until the person dismisses it.
 */
let pending: Promise<ReportToShow | null> | null = null;
let dismissed = false;

const MAX_NAMED = 20;

async function headlineOf(id: string): Promise<string> {
  try {
    return (await call(window.newsdesk.drafts.get({ id }))).draft.headline;
  } catch {
    return '';
  }
}

async function fetchReport(): Promise<ReportToShow | null> {
  let store: StoreReport;
  try {
    store = (await call(window.newsdesk.app.status({}))).store;
  } catch {
    return null; // Nothing to report is better than a second error on top of the first.
  }
  if (store.recovered.length === 0 && store.unreadable.length === 0) return null;
  const recovered = await Promise.all(
    store.recovered.slice(0, MAX_NAMED).map(async (id) => ({ id, headline: await headlineOf(id) })),
  );
  return { crashed: store.crashed, recovered, unreadable: store.unreadable.slice(0, MAX_NAMED) };
}

/** Starts the question early, while the first screen renders. */
export function loadStoreReport(): Promise<ReportToShow | null> {
  pending ??= fetchReport();
  return pending;
}

export function useStoreReport(): { report: ReportToShow | null; dismiss: () => void } {
  const [report, setReport] = useState<ReportToShow | null>(null);
  useEffect(() => {
    let current = true;
    void loadStoreReport().then((found) => current && !dismissed && setReport(found));
    return () => {
      current = false;
    };
  }, []);
  const dismiss = () => {
    dismissed = true;
    setReport(null);
  };
  return { report, dismiss };
}
