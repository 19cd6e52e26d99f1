import { useEditor } from "../store/editor-store";
import { Icon } from "../ui/icons";
import { useT } from "../i18n/i18n";

const TONE = {
  error: "border-rose-300 bg-rose-50 text-rose-800",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  info: "border-slate-200 bg-white text-slate-700",
} as const;

/** Messages for the person: errors stay until dismissed; nothing is swallowed. */
export function Notices() {
  const notices = useEditor((s) => s.notices);
  const dismiss = useEditor((s) => s.dismiss);
  const { t } = useT();
  if (notices.length === 0) return null;
  return (
    <div className="pointer-events-none fixed bottom-4 left-1/2 z-50 flex w-[520px] -translate-x-1/2 flex-col gap-2" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} role={n.tone === "error" ? "alert" : "status"} className={`pointer-events-auto rounded-xl border px-4 py-3 text-sm shadow-lg ${TONE[n.tone]}`} data-testid={`notice.${n.tone}`}>
          <div className="flex items-start gap-2">
            <Icon name={n.tone} size={16} className="mt-0.5 shrink-0" />
            <div className="min-w-0 flex-1">
              <div className="font-medium">{n.title}</div>
              {n.details && n.details.length > 0 && (
                <ul className="mt-1 max-h-48 list-disc overflow-auto pl-4 text-[12px] opacity-90">
                  {n.details.map((d, i) => (
                    <li key={i} className="break-words">
                      {d}
                    </li>
                  ))}
                </ul>
              )}
              {n.action && (
                <button className="mt-2 rounded-md border border-current px-2 py-0.5 text-xs font-medium" data-testid="notice.action" onClick={() => { n.action!.run(); dismiss(n.id); }}>
                  {n.action.label}
                </button>
              )}
            </div>
            <button aria-label={t("notices.dismiss")} className="shrink-0 opacity-60 hover:opacity-100" onClick={() => dismiss(n.id)}>
              <Icon name="close" size={14} />
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
