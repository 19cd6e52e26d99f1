import type { ReactNode } from "react";
import { LABEL } from "./field-style";

/** Label above, control, then the refusal in plain words under it. */
export function FieldShell({ label, htmlFor, field, error, hint, children, className }: { label: string; htmlFor?: string; field: string; error?: string; hint?: string; children: ReactNode; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor={htmlFor} className={LABEL}>
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${htmlFor ?? field}-error`} className="mt-1 text-[11px] leading-snug text-red-600" data-testid={`inspector.error.${field}`} role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="mt-1 text-[11px] leading-snug text-slate-500">{hint}</p>
      ) : null}
    </div>
  );
}
