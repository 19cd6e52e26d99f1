import { fieldTestId, useInspector } from "./inspector-context";

/** A yes/no field; unchecked removes it, since `false` is the format's default. */
export function CheckField({ field, label, checked, toPatch, hint }: { field: string; label: string; checked: boolean; toPatch: (on: boolean) => Record<string, unknown>; hint?: string }) {
  const { kind, edit, seal } = useInspector();
  return (
    <label className="flex cursor-pointer items-start gap-2 text-[13px] text-slate-700">
      <input
        type="checkbox"
        checked={checked}
        className="mt-0.5 h-3.5 w-3.5 cursor-pointer rounded accent-indigo-600"
        data-testid={fieldTestId(kind, field)}
        onChange={(e) => {
          edit(toPatch(e.target.checked), field);
          seal();
        }}
      />
      <span>
        {label}
        {hint && <span className="block text-[11px] text-slate-500">{hint}</span>}
      </span>
    </label>
  );
}
