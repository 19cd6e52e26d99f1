import type { Flow } from "../../core/model/schema";
import { HTTP_METHODS } from "../../core/model/schema";
import { fieldTestId, useInspector } from "./inspector-context";
import { DraftField } from "./DraftField";
import { CheckField } from "./CheckField";
import { LABEL } from "./field-style";
import { Section } from "./Section";
import { useT } from "../i18n/i18n";

/** A gateway route: its prefix, the methods it lets through, and whether it skips auth. */
export function FlowRouteFields({ flow }: { flow: Flow }) {
  const { kind, edit, seal } = useInspector();
  const { t } = useT();
  const methods = flow.methods ?? [];
  const toggleMethod = (m: (typeof HTTP_METHODS)[number], on: boolean) => {
    const next = HTTP_METHODS.filter((x) => (x === m ? on : methods.includes(x)));
    edit({ methods: next.length ? next : undefined }, "methods");
    seal();
  };
  return (
    <Section title={t("inspector.flow.route")}>
      <DraftField field="path" label={t("inspector.flow.pathPrefix")} value={flow.path} placeholder={`/${flow.to}`} toPatch={(v) => ({ path: v })} />
      <div>
        <span className={LABEL}>
          {t("inspector.flow.methods")} {methods.length === 0 && <span className="font-normal text-slate-500">{t("inspector.flow.allMethods")}</span>}
        </span>
        <div className="flex flex-wrap gap-1">
          {HTTP_METHODS.map((m) => {
            const on = methods.includes(m);
            return (
              <label key={m} className={`cursor-pointer rounded-md border px-1.5 py-0.5 font-mono text-[11px] ${on ? "border-indigo-300 bg-indigo-50 text-indigo-700" : "border-slate-200 text-slate-500 hover:border-slate-300"} has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-200`}>
                <input type="checkbox" className="sr-only" checked={on} onChange={(e) => toggleMethod(m, e.target.checked)} data-testid={fieldTestId(kind, `methods.${m}`)} />
                {m}
              </label>
            );
          })}
        </div>
      </div>
      <CheckField field="public" label={t("inspector.flow.public")} hint={t("inspector.flow.publicHint")} checked={flow.public === true} toPatch={(on) => ({ public: on || undefined })} />
      <CheckField field="stripPrefix" label={t("inspector.flow.stripPrefix")} hint={t("inspector.flow.stripPrefixHint")} checked={flow.stripPrefix === true} toPatch={(on) => ({ stripPrefix: on || undefined })} />
    </Section>
  );
}
