/**
 * Keeps the link and the lab's data in step. The URL's `data` setting names imported data by
 * its hash (data-vault.ts):
 *
 * - when the lab starts training on imported data, the data is hashed, kept in this browser,
 *   and its hash written into the URL; back on generated data, the setting is removed;
 * - when a link names data, the lab looks for it here (kept, or a built-in table). Found, it
 *   trains on it; not found, the lab waits (`awaited`: nothing trains) and says so, until the
 *   learner brings data. Data with another hash is used too, but the URL then names it and the
 *   lab says that it is not the link's data: a link never silently stands for something else.
 *   The points the link adds to its data (`f.add`) go on it once found, if they fit it.
 */
import { useEffect, useRef } from 'react';
import type { RegressionSetName } from '../../core/regression-data';
import { useConfig } from '../../store/config';
import { useLessonT } from '../../ui/i18n';
import { dataMessages } from './data-messages';
import { findData, keepData, linkHash, tableSha256 } from './data-vault';
import { pointsFitting, useFit, type ImportedData } from './fit-store';

/** Bumped by every change of data: an answer that arrives after a newer change is dropped. */
let generation = 0;
/** The data being put in place came from a built-in table, not a kept copy. */
let foundBuiltIn = false;

/**
 * Whether the lab must wait instead of training: it is looking for, or missing, the data the
 * link names. True from the very first render of a link with `data=` (before the lookup has
 * even started), so the lab never builds a run on other data under that link.
 */
export function useLabWaits(): boolean {
  const awaited = useFit((state) => state.awaited !== null);
  const imported = useFit((state) => state.imported !== null);
  const named = useConfig((state) => state.app.data !== undefined);
  return awaited || (named && !imported);
}

/** Follows the link's data while the lab is on screen (OverfittingLesson). */
export function useDataLink(): void {
  const t = useLessonT(dataMessages);
  const penguinsName = useRef(t('import.penguinsName'));
  penguinsName.current = t('import.penguinsName');
  const regressionName = useRef((set: RegressionSetName) => t(`regression.${set}`));
  regressionName.current = (set) => t(`regression.${set}`);
  useEffect(() => {
    const stop = watchLabData();
    void followLink(penguinsName.current, (set) => regressionName.current(set));
    return stop;
  }, []);
}

function setLinkData(hash: string | undefined): void {
  useConfig.getState().setAppField('data', hash);
}

/**
 * Compares the URL's data with the lab's and looks the data up when the lab does not have it.
 * Run when the lab appears; `penguinsName` and `regressionName` name the built-in tables in the
 * learner's language.
 */
export async function followLink(
  penguinsName: string,
  regressionName: (set: RegressionSetName) => string = (set) => set,
): Promise<void> {
  const wanted = useConfig.getState().app.data;
  const { imported, dataHash, awaited } = useFit.getState();
  if (wanted === undefined) return;
  if (imported !== null && (dataHash === wanted || dataHash === null)) return; // in hand, or being hashed
  if (awaited?.hash === wanted) return; // already waiting for it
  const turn = ++generation;
  useFit.getState().setLink({ awaited: { hash: wanted, state: 'looking', detail: null } });
  // A built-in regression table is made for the lab's settings, which the link has set.
  const regression = { config: useFit.getState().config, name: regressionName };
  const lookup = await findData(wanted, penguinsName, regression);
  if (turn !== generation) return; // the learner brought data meanwhile
  if (lookup.found) {
    foundBuiltIn = lookup.builtIn;
    const link = useConfig.getState().lab;
    const points = pointsFitting(lookup.data, link);
    const left = (link?.added?.length ?? 0) - points.length;
    if (left > 0) {
      const message = `${left} of the link's added points lie outside this data or name a class it lacks, and were left out`;
      useConfig.getState().addNotice({ key: 'f.add', value: '', message });
    }
    useFit.getState().useImported(lookup.data, points);
    return; // dataChanged finishes the job and says where the data came from
  }
  const detail = lookup.reason === 'absent' ? null : lookup.detail;
  useFit.getState().setLink({ awaited: { hash: wanted, state: lookup.reason, detail } });
}

/** Names the lab's new data in the URL and keeps it here (or removes the name). */
export async function dataChanged(data: ImportedData | null): Promise<void> {
  const turn = ++generation;
  const fit = useFit.getState();
  if (data === null) {
    // Back on generated data. While a link's data is awaited, its name stays in the URL.
    if (fit.awaited === null) setLinkData(undefined);
    return;
  }
  let hash: string;
  try {
    hash = linkHash(await tableSha256(data.table));
  } catch (error) {
    if (turn !== generation) return;
    // Data that cannot be named cannot stand behind a link: the URL says nothing about it.
    setLinkData(undefined);
    fit.setLink({
      dataHash: null,
      awaited: null,
      dataNote: { kind: 'unnamed', reason: text(error) },
    });
    return;
  }
  if (turn !== generation) return;
  // Kept first, named after: a link copied (or a page reloaded) as soon as the address shows
  // the name finds the data here.
  let notKept: string | null = null;
  try {
    await keepData(data);
  } catch (error) {
    notKept = text(error);
  }
  if (turn !== generation) return;
  const awaited = useFit.getState().awaited;
  useFit.getState().setLink({
    dataHash: hash,
    awaited: null,
    dataNote:
      awaited !== null
        ? awaited.hash !== hash
          ? { kind: 'replaced', wanted: awaited.hash, hash }
          : awaited.state === 'looking'
            ? { kind: 'restored', hash, builtIn: foundBuiltIn }
            : { kind: 'matched', hash }
        : notKept !== null
          ? { kind: 'not-kept', hash, reason: notKept }
          : null,
  });
  setLinkData(hash);
}

/** Leaves the data a link names, and trains on generated data instead. */
export function forgetLinkData(): void {
  generation++;
  useFit.getState().setLink({ awaited: null, dataNote: null });
  useFit.getState().useGenerated();
  setLinkData(undefined);
}

function text(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Follows the lab's data from now on; returns the unsubscribe. */
export function watchLabData(): () => void {
  return useFit.subscribe((state, previous) => {
    if (state.imported !== previous.imported) void dataChanged(state.imported);
  });
}
