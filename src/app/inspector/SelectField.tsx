import { useId, useState } from "react";
import { fieldTestId, useInspector } from "./inspector-context";
import { inputClass } from "./field-style";
import { fieldSentence } from "./problem-text";
import { useT } from "../i18n/i18n";
import { FieldShell } from "./FieldShell";

export interface Option {
  value: string;
  label: string;
}

/** A choice from a fixed list; "" is the "not set" option when `unset` names it. */
export function SelectField({ field, label, value, options, unset, toPatch, hint, className, disabled }: { disabled?: boolean; field: string; label: string; value: string | undefined; options: readonly Option[]; unset?: string; toPatch: (v: string | undefined) => Record<string, unknown>; hint?: string; className?: string }) {
  const { kind, edit, seal } = useInspector();
  const { t } = useT();
  const htmlId = useId();
  const [error, setError] = useState<string>();
  return (
    <FieldShell label={label} htmlFor={htmlId} field={field} error={error} hint={hint} className={className}>
      <select
        id={htmlId}
        value={value ?? ""}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        data-testid={fieldTestId(kind, field)}
        className={`${inputClass(Boolean(error))} pr-6 enabled:cursor-pointer`}
        onChange={(e) => {
          const problem = edit(toPatch(e.target.value === "" ? undefined : e.target.value), field);
          setError(problem ? fieldSentence(label, problem.message, t) : undefined);
          seal();
        }}
      >
        {unset !== undefined && <option value="">{unset}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Options whose label is the value itself. */
export function plainOptions(values: readonly string[]): Option[] {
  return values.map((v) => ({ value: v, label: v }));
}
