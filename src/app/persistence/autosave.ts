/**
 * Nothing is lost: the design is saved to browser storage within half a
 * second of every change and when the page is hidden; a reload or a crash
 * brings it back. Each tab writes revision N+1 only over revision N, so a
 * stale tab never overwrites newer work from another tab: the person is told
 * and chooses. Storage errors (quota) are shown, never swallowed.
 * The storage is IndexedDB (idb-storage.ts; localStorage where it cannot be
 * opened), and the browser is asked to keep it (`navigator.storage.persist()`).
 * Opening another design starts a new document (the old one stays in
 * Recent); restoring a recent one switches to that document, not a copy.
 * Work that could not be saved before either is kept as a copy in Recent.
 */
import type { Design } from "../../core/model/schema";
import { useEditor } from "../store/editor-store";
import { onBeforeReplace } from "../files/file-actions";
import { downloadText } from "../files/download";
import { DocStore, newDocId } from "./doc-store";
import { docKey } from "./storage-keys";
import type { IdbStorage } from "./idb-storage";
import { loadCodecIfNeeded } from "./pack-design";
import { isQuotaError } from "./is-quota-error";
import { loadUndo, saveUndo } from "./undo-store";
import { t } from "../i18n/i18n";

export const AUTOSAVE_DELAY_MS = 300;

interface Session {
  store: DocStore;
  docId: string;
  tabId: string;
  /** The stored revision this tab's design is based on. */
  baseRev: number;
  /** The editor revision last written (or adopted). */
  savedRevision: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  conflictNotice: number | undefined;
  storageErrorNotice: number | undefined;
}

let session: Session | undefined;

export function currentDocId(): string | undefined {
  return session?.docId;
}

export function docStore(): DocStore | undefined {
  return session?.store;
}

/** Saves now if anything is pending. */
export function flushAutosave(): void {
  if (!session) return;
  if (session.timer) clearTimeout(session.timer);
  session.timer = undefined;
  save(session);
}

function save(s: Session, force = false): void {
  const { revision, history, dismiss } = useEditor.getState();
  if (revision === s.savedRevision && !force) return;
  const stored = s.store.storedRev(s.docId);
  if (stored > s.baseRev && !force) {
    showConflict(s);
    return;
  }
  const rev = Math.max(stored, s.baseRev) + 1;
  try {
    s.store.write({ docId: s.docId, rev, savedAt: Date.now(), tabId: s.tabId, design: history.present });
    s.store.setCurrent(s.docId);
    s.baseRev = rev;
    saveHistory(s, rev);
    s.savedRevision = revision;
    // A forced save settles the conflict: neither choice should stay on screen.
    if (force) dismissConflict(s);
    // Written to memory is not stored yet with IndexedDB: its commit (below) clears the notice.
    if (s.storageErrorNotice && !isIdb(s.store.storage)) {
      dismiss(s.storageErrorNotice);
      s.storageErrorNotice = undefined;
    }
    document.documentElement.dataset.savedRevision = String(revision);
  } catch (e) {
    showStorageError(s, e);
  }
}

/** The undo steps beside the saved revision, so they survive a reload; a convenience, so a failure here is not the save's. */
function saveHistory(s: Session, rev: number): void {
  try {
    saveUndo(s.store.storage, s.docId, rev, useEditor.getState().history);
  } catch {
    /* storage full: the design itself was saved, and its error is shown when it is not */
  }
}

/** Gives the design just read from storage its saved undo steps, if they belong to that revision. */
function resumeHistory(store: DocStore, docId: string, rev: number): void {
  const steps = loadUndo(store.storage, docId, rev);
  if (steps) useEditor.getState().resumeHistory(steps.past, steps.future);
}

/** A write the storage refused (now, or later when IndexedDB commits): shown with "Save as file", never swallowed. */
function showStorageError(s: Session, e: unknown): void {
  const { notify, dismiss } = useEditor.getState();
  const quota = isQuotaError(e);
  if (s.storageErrorNotice) dismiss(s.storageErrorNotice);
  s.storageErrorNotice = notify({
    tone: "error",
    title: quota ? t("notices.storage.full") : t("notices.storage.failed"),
    details: [quota ? t("notices.storage.fullBody") : String(e instanceof Error ? e.message : e)],
    sticky: true,
    action: {
      label: t("notices.storage.saveAsFile"),
      run: () => {
        // The design as it is when the person clicks, not when the notice was shown.
        const design = useEditor.getState().history.present;
        downloadText(`${design.name || "design"}.seams.json`, JSON.stringify(design, null, 2));
      },
    },
  });
}

/** The design just taken is what is stored: the save the change scheduled has nothing to do, and would hide this tab's clean state from the storage listener. */
function cancelPendingSave(s: Session): void {
  if (s.timer) clearTimeout(s.timer);
  s.timer = undefined;
}

// Read when shown and when dismissed: the titles are in the language of the moment.
const CONFLICT_TITLE = () => t("notices.storage.conflict");
const KEEP_MINE_TITLE = () => t("notices.storage.keepMineTitle");

function dismissConflict(s: Session): void {
  const { notices, dismiss } = useEditor.getState();
  for (const n of notices) if (n.title === CONFLICT_TITLE() || n.title === KEEP_MINE_TITLE()) dismiss(n.id);
  s.conflictNotice = undefined;
}

function showConflict(s: Session): void {
  const { notify, dismiss } = useEditor.getState();
  if (s.conflictNotice) dismiss(s.conflictNotice);
  s.conflictNotice = notify({
    tone: "warning",
    title: CONFLICT_TITLE(),
    details: [t("notices.storage.conflictBody")],
    sticky: true,
    action: { label: t("notices.storage.loadOther"), run: () => adoptStored(s, true) },
  });
  // The second choice, as its own notice so both are one click away.
  notify({ tone: "warning", title: KEEP_MINE_TITLE(), sticky: true, action: { label: t("notices.storage.keepMine"), run: () => save(s, true) } });
}

/**
 * This tab's unsaved work, written as a document of its own (in Recent), for
 * when it is about to be replaced without having been saved: the stored
 * version is newer (another tab's), so saving over it is not this tab's call.
 */
function keepUnsavedAsCopy(s: Session, why: string): void {
  const state = useEditor.getState();
  if (state.revision === s.savedRevision) return;
  const mine: Design = { ...state.history.present, name: `${state.history.present.name} (${why})`.slice(0, 100) };
  try {
    s.store.write({ docId: newDocId(), rev: 1, savedAt: Date.now(), tabId: s.tabId, design: mine });
  } catch {
    /* shown by the next save attempt */
  }
}

/** Takes the stored (newer) version, keeping this tab's in history first when asked. */
function adoptStored(s: Session, keepMine: boolean): void {
  const state = useEditor.getState();
  const read = s.store.read(s.docId);
  if (read.kind !== "ok") return;
  if (keepMine) keepUnsavedAsCopy(s, t("notices.storage.copyOtherTab"));
  state.replaceDesign(read.doc.design);
  s.baseRev = read.doc.rev;
  s.savedRevision = useEditor.getState().revision;
  cancelPendingSave(s);
  dismissConflict(s);
}

/**
 * Makes a stored document the current one (a Recent entry restored): this tab
 * goes on saving to that document, not to a copy. Unsaved work of the
 * document being left is saved first. False when it cannot be read.
 */
export function switchDocument(docId: string): boolean {
  const s = session;
  if (!s) return false;
  if (docId === s.docId) return true;
  flushAutosave();
  keepUnsavedAsCopy(s, t("notices.storage.copyUnsaved"));
  const read = s.store.read(docId);
  if (read.kind !== "ok") {
    useEditor.getState().notify({
      tone: "error",
      title: t("notices.storage.switchFailed"),
      details: read.kind === "unreadable" ? [...read.reasons.slice(0, 8), t("notices.storage.switchKept")] : [t("notices.storage.switchGone")],
      sticky: true,
    });
    return false;
  }
  dismissConflict(s);
  s.docId = docId;
  s.baseRev = read.doc.rev;
  useEditor.getState().replaceDesign(read.doc.design);
  resumeHistory(s.store, docId, read.doc.rev);
  s.savedRevision = useEditor.getState().revision;
  cancelPendingSave(s);
  try {
    s.store.setCurrent(docId);
  } catch {
    /* the next save says so */
  }
  window.dispatchEvent(new CustomEvent("seams:fit-view"));
  return true;
}

/** The IndexedDB store (loaded on start), told apart without importing it. */
const isIdb = (storage: Storage): storage is IdbStorage => "onExternalChange" in storage;

/** Whether the browser agreed to keep Seams' storage when space runs low (`navigator.storage.persist()`). */
export type Persistence = "granted" | "refused" | "unsupported" | "local-storage";
let persistence: Persistence = "unsupported";
export const storagePersistence = (): Persistence => persistence;

/** IndexedDB, or localStorage where IndexedDB cannot be opened (some private modes): saving must not stop. */
async function openStorage(): Promise<Storage> {
  try {
    // Loaded here, not with the page: opening IndexedDB is asynchronous anyway.
    const { IdbStorage } = await import("./idb-storage");
    return await IdbStorage.open();
  } catch {
    persistence = "local-storage";
    return window.localStorage;
  }
}

async function askToPersist(): Promise<void> {
  if (persistence === "local-storage") return;
  try {
    const granted = (await navigator.storage?.persisted?.()) || (await navigator.storage?.persist?.());
    persistence = granted === undefined ? "unsupported" : granted ? "granted" : "refused";
  } catch {
    persistence = "unsupported";
  }
  document.documentElement.dataset.storagePersistence = persistence;
}

/**
 * Restores the last design (or starts blank) and keeps saving from then on.
 * Resolves once the design is restored. Tests pass their own storage.
 */
export async function startAutosave(given?: Storage): Promise<void> {
  const storage = given ?? (await openStorage());
  if (!given) void askToPersist();
  // Deflate is loaded only where needed, before anything is read or written (pack-design.ts).
  await loadCodecIfNeeded(storage, !isIdb(storage));
  const store = new DocStore(storage);
  const tabId = Math.random().toString(36).slice(2, 10);
  const state = useEditor.getState();
  let docId = store.currentDocId();
  let baseRev = 0;
  if (docId) {
    const read = store.read(docId);
    if (read.kind === "ok") {
      state.replaceDesign(read.doc.design);
      resumeHistory(store, docId, read.doc.rev);
      baseRev = read.doc.rev;
    } else if (read.kind === "unreadable") {
      state.notify({
        tone: "error",
        title: t("notices.storage.startFailed"),
        details: [...read.reasons.slice(0, 8), t("notices.storage.startKept")],
        sticky: true,
        action: { label: t("notices.storage.downloadSaved"), run: () => downloadText("unreadable-design.json", read.raw) },
      });
      docId = newDocId();
    }
  } else docId = newDocId();
  session = { store, docId, tabId, baseRev, savedRevision: useEditor.getState().revision, timer: undefined, conflictNotice: undefined, storageErrorNotice: undefined };
  const s = session;

  useEditor.subscribe((st, prev) => {
    if (st.revision === prev.revision || st.revision === s.savedRevision) return;
    if (s.timer) clearTimeout(s.timer);
    s.timer = setTimeout(() => {
      s.timer = undefined;
      save(s);
    }, AUTOSAVE_DELAY_MS);
  });

  // Opening another design (new, template, file, link) starts a new document; the old one stays in Recent.
  onBeforeReplace(() => {
    flushAutosave();
    // A refused save (another tab saved newer work meanwhile) must not vanish with the design it belonged to.
    keepUnsavedAsCopy(s, t("notices.storage.copyUnsaved"));
    dismissConflict(s);
    s.docId = newDocId();
    s.baseRev = 0;
    s.savedRevision = -1;
  });

  const flush = () => flushAutosave();
  window.addEventListener("pagehide", () => {
    flush();
    // The page may end before IndexedDB commits what was just saved.
    if (isIdb(storage)) storage.rescue();
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });

  // Another tab saved: take its version if this tab has nothing unsaved, else let the person choose.
  const otherTabSaved = (key: string | null, value: string | null) => {
    if (key !== docKey(s.docId) || value === null) return;
    const rev = s.store.storedRev(s.docId);
    if (rev <= s.baseRev) return;
    const st = useEditor.getState();
    if (st.revision === s.savedRevision && !s.timer) {
      adoptStored(s, false);
      st.notify({ tone: "info", title: t("notices.storage.updated") });
    } else showConflict(s);
  };
  if (isIdb(storage)) {
    storage.onExternalChange(otherTabSaved);
    storage.onWriteError = (e) => showStorageError(s, e);
    storage.onCommit = (key) => {
      if (key !== docKey(s.docId) || !s.storageErrorNotice) return;
      useEditor.getState().dismiss(s.storageErrorNotice);
      s.storageErrorNotice = undefined;
    };
  } else window.addEventListener("storage", (e) => otherTabSaved(e.key, e.newValue));
}
