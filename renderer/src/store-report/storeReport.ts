import { useEffect, useState } from 'react';
import type { DraftDamage, ResponseOf, StoreNote } from '../../../shared/contract';
import { call } from '../api';

type StoreReport = ResponseOf<'app.status'>['store'];

/** A draft saved by a newer Newsdesk: read-only, with the newest version this one can read. */
export interface NewerDraft {
  id: string;
  problem: DraftDamage;
  readableRevision: number | null;
  /** The headline of that version ('' when there is none or it has no headline). */
  headline: string;
}

export interface ReportToShow {
  crashed: boolean;
  recovered: { id: string; headline: string }[];
  unreadable: { id: string; problem: DraftDamage }[];
  newer: NewerDraft[];
  notes: StoreNote[];
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

async function readableHeadline(id: string, revision: number | null): Promise<string> {
  if (revision === null) return '';
  try {
    return (await call(window.newsdesk.drafts.getRevision({ id, revision }))).draft.headline;
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
  if (store.recovered.length === 0 && store.unreadable.length === 0 && store.notes.length === 0) return null;
  const recovered = await Promise.all(
    store.recovered.slice(0, MAX_NAMED).map(async (id) => ({ id, headline: await headlineOf(id) })),
  );
  const newer = await Promise.all(
    store.unreadable
      .filter((u) => u.problem.code === 'newer')
      .slice(0, MAX_NAMED)
      .map(async (u) => ({ ...u, headline: await readableHeadline(u.id, u.readableRevision) })),
  );
  const unreadable = store.unreadable.filter((u) => u.problem.code !== 'newer').slice(0, MAX_NAMED);
  return { crashed: store.crashed, recovered, unreadable, newer, notes: store.notes };
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
