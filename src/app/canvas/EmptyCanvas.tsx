import { TEMPLATE_CATALOG as TEMPLATES } from "../../core/templates/catalog";
import { openTemplate, pickDesignFile } from "../files/file-actions";
import { Icon } from "../ui/icons";
import { useT } from "../i18n/i18n";

/** What a blank canvas says: how to start, in one glance. */
export function EmptyCanvas() {
  const { t } = useT();
  return (
    <div className="pointer-events-none absolute inset-0 flex items-center justify-center" data-testid="empty-canvas">
      <div className="pointer-events-auto w-[440px] rounded-2xl border border-slate-200 bg-white/95 p-6 text-center shadow-lg">
        <h2 className="text-lg font-semibold text-slate-800">{t("empty.title")}</h2>
        <p className="mt-1 text-sm text-slate-500">
          {t("empty.body")}
        </p>
        <div className="mt-4 grid grid-cols-2 gap-2">
          {TEMPLATES.filter((tpl) => tpl.id !== "blank").map((tpl) => (
            <button key={tpl.id} className="rounded-lg border border-slate-200 px-3 py-2 text-left text-sm hover:border-indigo-300 hover:bg-indigo-50" onClick={() => openTemplate(tpl.id)} data-testid={`empty.template.${tpl.id}`}>
              <div className="font-medium text-slate-700">{t(`template.${tpl.id}.title`)}</div>
              <div className="text-xs text-slate-500">{t(`template.${tpl.id}.summary`)}</div>
            </button>
          ))}
          <button className="flex items-center gap-2 rounded-lg border border-slate-200 px-3 py-2 text-left text-sm hover:border-indigo-300 hover:bg-indigo-50" onClick={pickDesignFile}>
            <Icon name="upload" /> <span className="font-medium text-slate-700">{t("empty.openFile")}</span>
          </button>
        </div>
        <p className="mt-3 text-xs text-slate-500" data-testid="empty.import-hint">
          {t("empty.importHint")}
        </p>
      </div>
    </div>
  );
}
