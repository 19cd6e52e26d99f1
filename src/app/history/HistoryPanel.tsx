import { useEffect, useState } from "react";
import type { HistoryEntry, RecentEntry } from "../persistence/doc-store";
import { currentDocId, docStore, storagePersistence, switchDocument, type Persistence } from "../persistence/autosave";
import { useEditor } from "../store/editor-store";
import { downloadText } from "../files/download";
import { describeAge, describeClock } from "./describe-age";
import { PanelSection, Row } from "./PanelSection";

interface Listing {
  docId: string | undefined;
  recent: RecentEntry[];
  versions: HistoryEntry[];
  kept: { key: string; raw: string }[];
}

function readListing(): Listing {
  const store = docStore();
  const docId = currentDocId();
  if (!store) return { docId, recent: [], versions: [], kept: [] };
  return { docId, recent: store.recent(), versions: docId ? store.history(docId).reverse() : [], kept: store.kept() };
}

/** Restoring a version is an ordinary, undoable change of the current design. */
function restoreVersion(docId: string, v: HistoryEntry): void {
  const { change, notify } = useEditor.getState();
  const design = docStore()?.loadVersion(docId, v.rev);
  if (!design) {
    notify({ tone: "error", title: `The version saved at ${describeClock(v.savedAt)} could not be read`, details: ["It may have been removed to make room in browser storage."] });
    return;
  }
  change(() => design);
  notify({ tone: "info", title: `Restored the version saved at ${describeClock(v.savedAt)}`, details: ["Undo (Ctrl+Z) brings back what was there."] });
}

/** Removes a design from this browser, with one notice to take it back (its older versions go for good). */
function removeRecent(r: RecentEntry): void {
  const store = docStore();
  if (!store) return;
  const removed = store.remove(r.docId);
  useEditor.getState().notify({
    tone: "info",
    title: `Removed “${r.name}” from this browser`,
    details: ["Its saved versions are gone too; Undo brings the design back."],
    action: { label: "Undo", run: () => store.restoreRemoved(removed) },
  });
}

/** What the browser promised about keeping the designs, in the person's words. */
const PERSISTENCE_TEXT: Record<Persistence, string> = {
  granted: "This browser keeps these designs until you remove them.",
  refused: "This browser did not agree to keep storage for good: it may clear these designs when the disk runs low. Save designs you need as files (Ctrl+S).",
  unsupported: "This browser may clear these designs when the disk runs low. Save designs you need as files (Ctrl+S).",
  "local-storage": "Saved in this browser's small local storage (IndexedDB is not available here). Save designs you need as files (Ctrl+S).",
};

const countServices = (n: number) => `${n} ${n === 1 ? "service" : "services"}`;

/** When a kept document was set aside: the key ends in the time it happened. */
const keptAt = (key: string) => Number(key.slice(key.lastIndexOf(".") + 1)) || 0;

export function HistoryPanel({ onDone }: { onDone: () => void }) {
  const revision = useEditor((s) => s.revision);
  const [listing, setListing] = useState(readListing);
  const now = Date.now();

  // Saves land a moment after each change: read again once they have.
  useEffect(() => {
    const t = setTimeout(() => setListing(readListing()), 400);
    return () => clearTimeout(t);
  }, [revision]);

  return (
    <div className="absolute right-0 top-10 z-40 flex max-h-[calc(100vh-5rem)] w-[380px] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white text-[13px] shadow-xl" role="dialog" aria-label="History" data-modal-open data-testid="history.panel">
      <div className="overflow-y-auto py-1">
        <PanelSection title="Recent designs" hint="Saved in this browser" empty="Nothing saved yet.">
          {listing.recent.map((r, i) => {
            const current = r.docId === listing.docId;
            return (
              <Row
                key={r.docId}
                testId={`history.recent.${i}`}
                title={r.name}
                meta={`${countServices(r.services)} · saved ${describeAge(r.savedAt, now)}`}
                badge={current ? "Open" : undefined}
                onClick={current ? undefined : () => switchDocument(r.docId) && onDone()}
                action={current ? undefined : { label: "Remove", suffix: "remove", quiet: true, run: () => (removeRecent(r), setListing(readListing())) }}
              />
            );
          })}
        </PanelSection>
        <PanelSection title="Versions of this design" hint="Last 20 · restoring is undoable" empty="No saved versions yet.">
          {listing.versions.map((v, i) => (
            <Row key={`${v.rev}.${v.savedAt}`} testId={`history.version.${i}`} title={v.name} meta={`${describeClock(v.savedAt)} · ${describeAge(v.savedAt, now)} · ${countServices(v.services)}`} badge={i === 0 ? "Latest" : undefined} onClick={() => (restoreVersion(listing.docId!, v), onDone())} />
          ))}
        </PanelSection>
        {listing.kept.length > 0 && (
          <PanelSection title="Kept, could not be opened" hint="Download to repair" empty="">
            {listing.kept.map((k, i) => (
              <Row key={k.key} testId={`history.kept.${i}`} title={`Unreadable document (${(k.raw.length / 1024).toFixed(1)} KB)`} meta={`set aside ${describeAge(keptAt(k.key), now)}`} tone="error" action={{ label: "Download", suffix: "download", run: () => downloadText(`kept-${keptAt(k.key) || "design"}.json`, k.raw) }} />
            ))}
          </PanelSection>
        )}
        <p className={`px-4 py-2 text-[12px] ${storagePersistence() === "granted" ? "text-slate-500" : "text-amber-800"}`} data-testid="history.persistence" data-state={storagePersistence()}>
          {PERSISTENCE_TEXT[storagePersistence()]}
        </p>
      </div>
    </div>
  );
}
