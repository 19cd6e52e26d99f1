import { useId, useState } from "react";
import { fieldTestId, useInspector } from "./inspector-context";
import { splitItems, type Parsed } from "./field-text";
import { inputClass, SMALL_BUTTON } from "./field-style";
import { fieldSentence } from "./problem-text";
import { useT } from "../i18n/i18n";
import { FieldShell } from "./FieldShell";

type Item = string | number;

/**
 * A list of short values as chips: type one (or paste several, comma
 * separated) and press Enter; × removes one. An empty list removes the field.
 */
export function ChipListField({ field, label, itemLabel, items, toPatch, parseItem, placeholder, hint }: { field: string; label: string; itemLabel: string; items: readonly Item[] | undefined; toPatch: (items: Item[] | undefined) => Record<string, unknown>; parseItem?: (text: string) => Parsed<Item>; placeholder?: string; hint?: string }) {
  const { kind, edit, seal, epoch } = useInspector();
  const { t } = useT();
  const itemName = (item: Item) => t("inspector.error.item", { label: itemLabel, item });
  const htmlId = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const [seen, setSeen] = useState(epoch);
  if (seen !== epoch) {
    setSeen(epoch);
    setText("");
    setError(undefined);
  }
  const list = items ?? [];
  const commit = (next: Item[]): boolean => {
    const problem = edit(toPatch(next.length ? next : undefined), field);
    seal();
    if (!problem) return true;
    const at = Number(problem.path.split(".").pop());
    setError(Number.isInteger(at) && next[at] !== undefined ? fieldSentence(itemName(next[at]!), problem.message, t) : fieldSentence(label, problem.message, t));
    return false;
  };
  const add = () => {
    const added: Item[] = [];
    for (const part of splitItems(text)) {
      const parsed = parseItem ? parseItem(part) : ({ ok: true, value: part } as const);
      if (!parsed.ok) return setError(fieldSentence(itemName(part), parsed.message, t));
      if (parsed.value !== undefined && !list.includes(parsed.value) && !added.includes(parsed.value)) added.push(parsed.value);
    }
    if (added.length === 0) return setError(undefined);
    if (commit([...list, ...added])) {
      setText("");
      setError(undefined);
    }
  };
  return (
    <FieldShell label={label} htmlFor={htmlId} field={field} error={error} hint={hint}>
      {list.length > 0 && (
        <ul className="mb-1.5 flex flex-wrap gap-1" data-testid={`${fieldTestId(kind, field)}.items`}>
          {list.map((item, i) => (
            <li key={`${i}-${item}`} className="inline-flex max-w-full items-center gap-0.5 rounded-md bg-slate-100 py-0.5 pl-2 pr-0.5 text-[12px] text-slate-700">
              <span className="truncate">{item}</span>
              <button type="button" className="rounded px-1 text-slate-500 hover:bg-slate-200 hover:text-red-600" aria-label={t("inspector.field.remove", { item })} data-testid={`${fieldTestId(kind, field)}.remove.${i}`} onClick={() => commit(list.filter((_, j) => j !== i))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-1">
        <input
          id={htmlId}
          value={text}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          data-testid={fieldTestId(kind, field)}
          className={inputClass(Boolean(error))}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => {
            setText(e.target.value);
            setError(undefined);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            } else if (e.key === "Escape") {
              setText("");
              setError(undefined);
            }
          }}
        />
        <button type="button" className={`${SMALL_BUTTON} shrink-0 whitespace-nowrap`} onClick={add} disabled={text.trim() === ""} data-testid={`${fieldTestId(kind, field)}.add`}>
          {t("inspector.field.add")}
        </button>
      </div>
    </FieldShell>
  );
}
