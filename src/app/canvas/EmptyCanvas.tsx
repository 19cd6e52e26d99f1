import { TEMPLATE_CATALOG as TEMPLATES } from "../../core/templates/catalog";
import { openTemplate, pickDesignFile } from "../files/file-actions";
import { Icon } from "../ui/icons";

/** What a blank canvas says: how to start, in one glance. */
export function EmptyCanvas() {
  return (
    <div className="pointer-events-none absolute inset-0 flex items-center justify-center" data-testid="empty-canvas">
      <div className="pointer-events-auto w-[440px] rounded-2xl border border-slate-200 bg-white/95 p-6 text-center shadow-lg">
        <h2 className="text-lg font-semibold text-slate-800">Draw your first service</h2>
        <p className="mt-1 text-sm text-slate-500">
          Drag an element from the palette on the left, or click it. Connect elements by dragging from the dot on the right of one to another.
        </p>
        <div className="mt-4 grid grid-cols-2 gap-2">
          {TEMPLATES.filter((t) => t.id !== "blank").map((t) => (
            <button key={t.id} className="rounded-lg border border-slate-200 px-3 py-2 text-left text-sm hover:border-indigo-300 hover:bg-indigo-50" onClick={() => openTemplate(t.id)} data-testid={`empty.template.${t.id}`}>
              <div className="font-medium text-slate-700">{t.title}</div>
              <div className="text-xs text-slate-500">{t.summary}</div>
            </button>
          ))}
          <button className="flex items-center gap-2 rounded-lg border border-slate-200 px-3 py-2 text-left text-sm hover:border-indigo-300 hover:bg-indigo-50" onClick={pickDesignFile}>
            <Icon name="upload" /> <span className="font-medium text-slate-700">Open a design file…</span>
          </button>
        </div>
        <p className="mt-3 text-xs text-slate-500" data-testid="empty.import-hint">
          Or drop the system you already run here: Kubernetes manifests, a Compose file, a Backstage catalog, OpenAPI or AsyncAPI.
        </p>
      </div>
    </div>
  );
}
