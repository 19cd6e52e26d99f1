import { useEffect, useState } from "react";
import type { HistoryEntry, RecentEntry } from "../persistence/doc-store";
import { currentDocId, docStore, storagePersistence, switchDocument, type Persistence } from "../persistence/autosave";
import { useEditor } from "../store/editor-store";
import { downloadText } from "../files/download";
import { describeAge, describeClock } from "./describe-age";
import { PanelSection, Row } from "./PanelSection";
import { t as translate, useT } from "../i18n/i18n";
import type { Translate } from "../../i18n/translate";

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
function restoreVersion(docId: string, v: HistoryEntry, locale: string): void {
  const t = translate;
  const at = describeClock(v.savedAt, locale);
  const { change, notify } = useEditor.getState();
  const design = docStore()?.loadVersion(docId, v.rev);
  if (!design) {
    notify({ tone: "error", title: t("historyPanel.notice.unreadable", { at }), details: [t("historyPanel.notice.unreadableHint")] });
    return;
  }
  change(() => design);
  notify({ tone: "info", title: t("historyPanel.notice.restored", { at }), details: [t("historyPanel.notice.restoredHint")] });
}

/** Removes a design from this browser, with one notice to take it back (its older versions go for good). */
function removeRecent(r: RecentEntry): void {
  const store = docStore();
  if (!store) return;
  const removed = store.remove(r.docId);
  const t = translate;
  useEditor.getState().notify({
    tone: "info",
    title: t("historyPanel.notice.removed", { name: r.name }),
    details: [t("historyPanel.notice.removedHint")],
    action: { label: t("historyPanel.undo"), run: () => store.restoreRemoved(removed) },
  });
}

/** What the browser promised about keeping the designs, in the person's words (`historyPanel.persistence.<state>`). */
const persistenceText = (t: Translate, state: Persistence) => t(`historyPanel.persistence.${state}`);

const countServices = (t: Translate, n: number) => t("historyPanel.services", { count: n });

/** When a kept document was set aside: the key ends in the time it happened. */
const keptAt = (key: string) => Number(key.slice(key.lastIndexOf(".") + 1)) || 0;

export function HistoryPanel({ onDone }: { onDone: () => void }) {
  const revision = useEditor((s) => s.revision);
  const [listing, setListing] = useState(readListing);
  const now = Date.now();
  const { t, locale } = useT();
  const age = (at: number) => describeAge(at, now, t, locale);

  // Saves land a moment after each change: read again once they have.
  useEffect(() => {
    const t = setTimeout(() => setListing(readListing()), 400);
    return () => clearTimeout(t);
  }, [revision]);

  return (
    <div className="absolute right-0 top-10 z-40 flex max-h-[calc(100vh-5rem)] w-[380px] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white text-[13px] shadow-xl" role="dialog" aria-label={t("historyPanel.label")} data-modal-open data-testid="history.panel">
      <div className="overflow-y-auto py-1">
        <PanelSection title={t("historyPanel.recent.title")} hint={t("historyPanel.recent.hint")} empty={t("historyPanel.recent.empty")}>
          {listing.recent.map((r, i) => {
            const current = r.docId === listing.docId;
            return (
              <Row
                key={r.docId}
                testId={`history.recent.${i}`}
                title={r.name}
                meta={t("historyPanel.recent.meta", { services: countServices(t, r.services), age: age(r.savedAt) })}
                badge={current ? t("historyPanel.recent.open") : undefined}
                onClick={current ? undefined : () => switchDocument(r.docId) && onDone()}
                action={current ? undefined : { label: t("historyPanel.recent.remove"), suffix: "remove", quiet: true, run: () => (removeRecent(r), setListing(readListing())) }}
              />
            );
          })}
        </PanelSection>
        <PanelSection title={t("historyPanel.versions.title")} hint={t("historyPanel.versions.hint")} empty={t("historyPanel.versions.empty")}>
          {listing.versions.map((v, i) => (
            <Row key={`${v.rev}.${v.savedAt}`} testId={`history.version.${i}`} title={v.name} meta={`${describeClock(v.savedAt, locale)} · ${age(v.savedAt)} · ${countServices(t, v.services)}`} badge={i === 0 ? t("historyPanel.versions.latest") : undefined} onClick={() => (restoreVersion(listing.docId!, v, locale), onDone())} />
          ))}
        </PanelSection>
        {listing.kept.length > 0 && (
          <PanelSection title={t("historyPanel.kept.title")} hint={t("historyPanel.kept.hint")} empty="">
            {listing.kept.map((k, i) => (
              <Row key={k.key} testId={`history.kept.${i}`} title={t("historyPanel.kept.unreadable", { size: (k.raw.length / 1024).toFixed(1) })} meta={t("historyPanel.kept.setAside", { age: age(keptAt(k.key)) })} tone="error" action={{ label: t("historyPanel.kept.download"), suffix: "download", run: () => downloadText(`kept-${keptAt(k.key) || "design"}.json`, k.raw) }} />
            ))}
          </PanelSection>
        )}
        <p className={`px-4 py-2 text-[12px] ${storagePersistence() === "granted" ? "text-slate-500" : "text-amber-800"}`} data-testid="history.persistence" data-state={storagePersistence()}>
          {persistenceText(t, storagePersistence())}
        </p>
      </div>
    </div>
  );
}
