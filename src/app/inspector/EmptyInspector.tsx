import { useT } from "../i18n/i18n";

const mod = typeof navigator !== "undefined" && navigator.platform.includes("Mac") ? "⌘" : "Ctrl";

/** Keys as printed on the keyboard; the words (Click, drag) and what each does come from the catalog. */
const KEYS: [string[], string][] = [
  [[mod, "K"], "find"],
  [["#click"], "select"],
  [["Shift", "#drag"], "selectMany"],
  [["Del"], "remove"],
  [[mod, "Z"], "undo"],
  [[mod, "Shift", "Z"], "redo"],
  [[mod, "C"], "copy"],
  [[mod, "V"], "paste"],
  [[mod, "D"], "duplicate"],
  [["Shift", "L"], "layout"],
  [["Esc"], "clear"],
  [["C"], "connect"],
  [["←", "↑", "→", "↓"], "move"],
  [["F2"], "edit"],
  [["?"], "help"],
];

/** Nothing selected: what the inspector is for, and the keys worth knowing. */
export function EmptyInspector() {
  const { t } = useT();
  return (
    <div className="px-4 py-5" data-testid="inspector.empty">
      <h2 className="text-[13px] font-semibold text-slate-800" data-testid="inspector.title">
        {t("inspector.empty.title")}
      </h2>
      <p className="mt-1 text-[12px] leading-relaxed text-slate-500">{t("inspector.empty.body")}</p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1.5 text-[12px]">
        {KEYS.map(([k, what]) => (
          <div key={what} className="contents">
            <dt className="flex items-center gap-0.5">
              {k.map((key) => (
                <kbd key={key} className="whitespace-nowrap rounded border border-b-2 border-slate-200 bg-slate-50 px-1.5 py-px font-sans text-[11px] text-slate-600">
                  {key.startsWith("#") ? t(`inspector.empty.key.${key.slice(1)}`) : key}
                </kbd>
              ))}
            </dt>
            <dd className="text-slate-500">{t(`inspector.empty.key.${what}`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
