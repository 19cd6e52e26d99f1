import { useId } from "react";
import { fieldTestId, useInspector } from "./inspector-context";
import { parseOptionalText, showValue, type Parsed } from "./field-text";
import { inputClass } from "./field-style";
import { fieldSentence } from "./problem-text";
import { useT } from "../i18n/i18n";
import { useDraft } from "./use-draft";
import { FieldShell } from "./FieldShell";

export interface DraftFieldProps {
  /** Dotted path inside the target, for the test ids and the undo step (`healthCheck.interval`). */
  field: string;
  label: string;
  value: unknown;
  /** The patch of the target this value means (`{ port: 8080 }`); `undefined` values remove fields. */
  toPatch: (value: unknown) => Record<string, unknown>;
  parse?: (text: string) => Parsed<unknown>;
  placeholder?: string;
  hint?: string;
  multiline?: boolean;
  numeric?: boolean;
  /** The id of a `<datalist>` of suggestions (free text still allowed). */
  list?: string;
  className?: string;
  /** Rows show no label of their own; the list's header names the columns. */
  bare?: boolean;
}

/** A text or number field with a draft: see `useDraft`. */
export function DraftField({ field, label, value, toPatch, parse = parseOptionalText, placeholder, hint, multiline, numeric, list, className, bare }: DraftFieldProps) {
  const { kind, edit } = useInspector();
  const { t } = useT();
  const htmlId = useId();
  const d = useDraft(
    showValue(value),
    (text) => {
      const parsed = parse(text);
      if (!parsed.ok) return fieldSentence(label, parsed.message, t);
      const problem = edit(toPatch(parsed.value), field);
      return problem ? fieldSentence(label, problem.message, t) : undefined;
    },
    multiline,
  );
  const common = {
    id: htmlId,
    value: d.draft,
    placeholder,
    "aria-invalid": d.error ? true : undefined,
    "aria-describedby": d.error ? `${htmlId}-error` : undefined,
    "aria-label": bare ? label : undefined,
    "data-testid": fieldTestId(kind, field),
    onKeyDown: d.onKeyDown,
    onBlur: d.onBlur,
    className: inputClass(Boolean(d.error)),
    spellCheck: false,
  };
  const control = multiline ? (
    <textarea {...common} rows={2} className={`${common.className} resize-y leading-snug`} onChange={(e) => d.onChange(e.target.value)} />
  ) : (
    <input {...common} type="text" inputMode={numeric ? "decimal" : undefined} list={list} autoComplete="off" onChange={(e) => d.onChange(e.target.value)} />
  );
  if (bare)
    return (
      <div className={className}>
        {control}
        {d.error && (
          <p id={`${htmlId}-error`} className="mt-1 text-[11px] leading-snug text-red-600" data-testid={`inspector.error.${field}`} role="alert">
            {d.error}
          </p>
        )}
      </div>
    );
  return (
    <FieldShell label={label} htmlFor={htmlId} field={field} error={d.error} hint={hint} className={className}>
      {control}
    </FieldShell>
  );
}
