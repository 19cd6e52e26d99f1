const mod = typeof navigator !== "undefined" && navigator.platform.includes("Mac") ? "⌘" : "Ctrl";

const KEYS: [string[], string][] = [
  [[mod, "K"], "find anything, or run a command"],
  [["Click"], "select an element or a flow"],
  [["Shift", "drag"], "select several"],
  [["Del"], "remove the selection"],
  [[mod, "Z"], "undo"],
  [[mod, "Shift", "Z"], "redo"],
  [[mod, "C"], "copy"],
  [[mod, "V"], "paste"],
  [[mod, "D"], "duplicate"],
  [["Shift", "L"], "tidy the layout"],
  [["Esc"], "clear the selection"],
  [["C"], "connect the selection to… (by name)"],
  [["←", "↑", "→", "↓"], "move the selection"],
  [["F2"], "edit the selection"],
  [["?"], "how Seams works"],
];

/** Nothing selected: what the inspector is for, and the keys worth knowing. */
export function EmptyInspector() {
  return (
    <div className="px-4 py-5" data-testid="inspector.empty">
      <h2 className="text-[13px] font-semibold text-slate-800" data-testid="inspector.title">
        Nothing selected
      </h2>
      <p className="mt-1 text-[12px] leading-relaxed text-slate-500">
        Select a service, database, broker, gateway or context to edit every field of it here, or a flow to set its kind, protocol, route and retries. Add elements from the palette; connect them by dragging from a node's right dot.
      </p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1.5 text-[12px]">
        {KEYS.map(([k, what]) => (
          <div key={what} className="contents">
            <dt className="flex items-center gap-0.5">
              {k.map((key) => (
                <kbd key={key} className="whitespace-nowrap rounded border border-b-2 border-slate-200 bg-slate-50 px-1.5 py-px font-sans text-[11px] text-slate-600">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="text-slate-500">{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
