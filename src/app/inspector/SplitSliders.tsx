import type { Split } from "../../core/model/schema";
import { SPLIT_CRITERIA } from "../../core/model/schema";
import { fieldTestId, useInspector } from "./inspector-context";
import { setInObject } from "./field-text";
import { Section } from "./Section";
import { useT } from "../i18n/i18n";

/** A neutral start: the analysis reads 5 as "no strong reason either way". */
const NEUTRAL: Split = Object.fromEntries(SPLIT_CRITERIA.map((c) => [c, 5]));

/** The six split-decision criteria (1–10) behind the analysis' split score; the switch adds or removes them. */
export function SplitSliders({ split }: { split: Split | undefined }) {
  const { kind, edit, seal } = useInspector();
  const { t } = useT();
  return (
    <Section title={t("inspector.split.title")} toggle={{ field: "split", on: split !== undefined, set: (on) => (edit({ split: on ? NEUTRAL : undefined }, "split"), seal()) }}>
      <div className="space-y-2">
        {SPLIT_CRITERIA.map((c) => {
          const value = split?.[c];
          const testId = fieldTestId(kind, `split.${c}`);
          return (
            <label key={c} className="grid grid-cols-[142px_1fr_20px] items-center gap-2 text-[12px] text-slate-600">
              <span>{t(`inspector.split.criterion.${c}`)}</span>
              <input
                type="range"
                min={1}
                max={10}
                step={1}
                value={value ?? 5}
                className={`h-1.5 w-full cursor-pointer accent-indigo-600 ${value === undefined ? "opacity-40" : ""}`}
                data-testid={testId}
                aria-valuetext={value === undefined ? t("inspector.split.notSet") : t("inspector.split.valueOf", { value })}
                onChange={(e) => edit({ split: setInObject(split, c, Number(e.target.value)) }, `split.${c}`)}
                onBlur={seal}
              />
              <span className="text-right font-mono text-[12px] tabular-nums text-slate-800" data-testid={`${testId}.value`}>
                {value ?? "–"}
              </span>
            </label>
          );
        })}
      </div>
    </Section>
  );
}
