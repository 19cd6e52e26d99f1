import type { ReactNode } from "react";
import { fieldTestId, useInspector } from "./inspector-context";
import { useT } from "../i18n/i18n";

/**
 * A group of fields under a small caps title (the first group has none: the
 * header names the kind). With `toggle`, the switch adds or removes the
 * optional object the group edits (a gateway's rate limit, a flow's retry)
 * and the fields show only while it is on. `note` says what is in effect,
 * on or off.
 */
export function Section({ title, toggle, children, aside, note }: { title?: string; toggle?: { field: string; on: boolean; set: (on: boolean) => void }; children?: ReactNode; aside?: ReactNode; note?: ReactNode }) {
  const { kind } = useInspector();
  const { t } = useT();
  return (
    <section className={`px-4 py-3 ${title ? "border-t border-slate-100" : "pt-1"}`}>
      {title && (
        <div className="mb-2 flex min-h-6 items-center justify-between gap-2">
          <h3 className="text-[11px] font-semibold uppercase tracking-wider text-slate-500">{title}</h3>
          {aside}
          {toggle && (
            <label className="flex cursor-pointer items-center gap-2 text-[12px] text-slate-500">
              {toggle.on ? t("inspector.field.on") : t("inspector.field.off")}
              <input type="checkbox" role="switch" className="peer sr-only" checked={toggle.on} onChange={(e) => toggle.set(e.target.checked)} data-testid={fieldTestId(kind, `${toggle.field}.enabled`)} aria-label={t("inspector.field.toggle", { title: title ?? "" })} />
              <span className="relative h-[18px] w-8 rounded-full bg-slate-200 transition-colors after:absolute after:left-0.5 after:top-0.5 after:h-3.5 after:w-3.5 after:rounded-full after:bg-white after:shadow after:transition-transform peer-checked:bg-indigo-600 peer-checked:after:translate-x-3.5 peer-focus-visible:ring-2 peer-focus-visible:ring-indigo-200" />
            </label>
          )}
        </div>
      )}
      {note && <p className="-mt-1 mb-2 text-[11px] leading-snug text-slate-500" data-testid={`inspector.${kind}.${toggle?.field ?? title}.note`}>{note}</p>}
      {(!toggle || toggle.on) && children && <div className="space-y-3">{children}</div>}
    </section>
  );
}
