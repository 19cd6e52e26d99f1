/**
 * What an import found, what it inferred and why, and what it left out,
 * before anything changes: the person can leave out any element (a load
 * generator, a job) and then open the result as a new design or merge it
 * into the current one.
 */
import { useMemo, useRef, useState } from "react";
import type { ElementKind } from "../../core/model/schema";
import type { FoundItem } from "../../core/import/types";
import { useT } from "../i18n/i18n";
import { useModal } from "../export/use-modal";
import { Icon } from "../ui/icons";
import { applyImport, type ImportMode } from "./apply-import";
import type { PendingImport } from "./import-store";
import { runImport } from "./read-dropped-files";

const KIND_ORDER: ElementKind[] = ["context", "gateway", "service", "database", "broker"];

export default function ImportPreview({ pending, onClose }: { pending: PendingImport; onClose: () => void }) {
  const { t } = useT();
  const { design, report } = pending;
  // Elements with a hint (a load generator, a job) start included: the manifests state them; the hint says why one might not want them.
  const [skip, setSkip] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [routes, setRoutes] = useState(pending.options.gatewayRoutes === true);
  const panel = useRef<HTMLDivElement>(null);
  useModal(panel, onClose, () => panel.current?.querySelector<HTMLElement>('[data-testid="import.open-new"]'));

  const groups = useMemo(() => KIND_ORDER.map((kind) => ({ kind, items: report.found.filter((f) => f.kind === kind) })).filter((g) => g.items.length > 0), [report]);
  const flowCount = (design.flows ?? []).filter((f) => !skip.has(f.from) && !skip.has(f.to)).length;
  const kept = report.found.filter((f) => !skip.has(f.id)).length;

  const toggle = (id: string) =>
    setSkip((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const go = async (mode: ImportMode) => {
    setBusy(true);
    const done = await applyImport(design, skip, mode);
    setBusy(false);
    if (done) onClose();
  };

  return (
    <div
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-6 backdrop-blur-[1px]"
      data-modal-open
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div ref={panel} role="dialog" aria-modal="true" aria-labelledby="import-title" tabIndex={-1} className="flex max-h-full w-[min(1000px,100%)] flex-col overflow-hidden rounded-xl bg-white text-[13px] shadow-2xl ring-1 ring-slate-900/10 outline-none" data-testid="import.preview">
        <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 px-5">
          <h2 id="import-title" className="text-[14px] font-semibold text-slate-800">
            {t("importPreview.title", { name: design.name })}
          </h2>
          <div className="flex min-w-0 flex-1 flex-wrap gap-1.5" data-testid="import.files">
            {report.files.map((f) => (
              <span key={f.name} className="truncate rounded-full bg-slate-100 px-2 py-0.5 text-[11px] text-slate-600" title={f.name}>
                {f.name} · {t(`importPreview.fileKind.${f.kind}`)}
              </span>
            ))}
          </div>
          <button className="rounded-md p-1 text-slate-500 hover:bg-slate-100" onClick={onClose} aria-label={t("importPreview.close")} data-testid="import.close">
            <Icon name="close" />
          </button>
        </header>
        <div className="grid min-h-0 flex-1 grid-cols-1 overflow-auto md:grid-cols-[1fr_1fr] md:overflow-hidden">
          <section className="min-h-0 overflow-auto border-b border-slate-200 p-4 md:border-b-0 md:border-r" aria-label={t("importPreview.found")} data-testid="import.found">
            <h3 className="mb-2 text-[12px] font-semibold uppercase tracking-wide text-slate-500">{t("importPreview.foundHeading")}</h3>
            {groups.map((g) => (
              <div key={g.kind} className="mb-3">
                <div className="mb-1 flex items-center gap-1.5 text-[12px] font-medium text-slate-600">
                  <Icon name={g.kind} size={14} /> {t(`importPreview.kinds.${g.kind}`)} ({g.items.length})
                </div>
                <ul>
                  {g.items.map((item) => (
                    <FoundRow key={item.id} item={item} included={!skip.has(item.id)} onToggle={() => toggle(item.id)} />
                  ))}
                </ul>
              </div>
            ))}
          </section>
          <div className="flex min-h-0 flex-col overflow-auto p-4">
            <Lines title={t("importPreview.inferred")} lines={report.inferred} testId="import.inferred" empty={t("importPreview.nothing")} />
            <Lines title={t("importPreview.skipped")} lines={[...report.skipped, ...pending.warnings]} testId="import.skipped" empty={t("importPreview.skippedNone")} />
          </div>
        </div>
        <footer className="flex shrink-0 items-center gap-2 border-t border-slate-200 px-5 py-3">
          <span className="text-[12px] text-slate-500" data-testid="import.summary">
            {t("importPreview.summary", { kept, total: report.found.length, flows: flowCount })}
          </span>
          {report.files.some((f) => f.kind === "openapi") && (
            <label className="ml-3 flex items-center gap-1.5 text-[12px] text-slate-600">
              <input type="checkbox" checked={routes}
                onChange={(e) => {
                  setRoutes(e.target.checked);
                  void runImport(pending.files, { ...pending.options, gatewayRoutes: e.target.checked });
                }} data-testid="import.routes" />
              {t("importPreview.routes")}
            </label>
          )}
          <span className="mr-auto" />
          <button className="rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100" onClick={onClose} data-testid="import.cancel">
            {t("importPreview.cancel")}
          </button>
          <button className="rounded-md border border-slate-300 px-3 py-1.5 text-slate-700 hover:bg-slate-50 disabled:opacity-50" disabled={busy || kept === 0} onClick={() => void go("merge")} data-testid="import.merge" title={t("importPreview.mergeTitle")}>
            {t("importPreview.merge")}
          </button>
          <button className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700 disabled:opacity-50" disabled={busy || kept === 0} onClick={() => void go("new")} data-testid="import.open-new">
            {busy ? t("importPreview.busy") : t("importPreview.openNew")}
          </button>
        </footer>
      </div>
    </div>
  );
}

function FoundRow({ item, included, onToggle }: { item: FoundItem; included: boolean; onToggle: () => void }) {
  const { t } = useT();
  return (
    <li className="flex items-start gap-2 rounded-md px-1.5 py-1 hover:bg-slate-50">
      <input type="checkbox" className="mt-0.5" checked={included} onChange={onToggle} aria-label={t("importPreview.include", { name: item.name })} data-testid={`import.item.${item.id}`} />
      <div className={`min-w-0 ${included ? "" : "opacity-50"}`}>
        <div className="truncate">
          <span className="font-medium text-slate-800">{item.name}</span>
          {item.id !== item.name && <span className="ml-1.5 font-mono text-[11px] text-slate-400">{item.id}</span>}
        </div>
        <div className="truncate text-[11px] text-slate-400">{item.from}</div>
        {item.hint && (
          <div className="text-[11px] text-amber-700" data-testid={`import.hint.${item.id}`}>
            {item.hint}
          </div>
        )}
      </div>
    </li>
  );
}

function Lines({ title, lines, testId, empty }: { title: string; lines: string[]; testId: string; empty: string }) {
  return (
    <section className="mb-4" aria-label={title} data-testid={testId}>
      <h3 className="mb-2 text-[12px] font-semibold uppercase tracking-wide text-slate-500">
        {title} ({lines.length})
      </h3>
      {lines.length === 0 ? (
        <p className="text-[12px] text-slate-400">{empty}</p>
      ) : (
        <ul className="space-y-1 text-[12px] text-slate-600">
          {lines.map((l, i) => (
            <li key={i} className="break-words">
              {l}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
