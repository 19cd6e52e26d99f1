import { useState, type KeyboardEvent } from "react";
import { useInspector } from "./inspector-context";

/**
 * A field's own text while it is typed. Every keystroke is tried: a valid one
 * is committed at once, an invalid one stays here with its error and the
 * design keeps its last valid value. Escape drops the refused text; a change
 * from outside (undo, another selection) resets the draft, and so does a
 * change made by another field while this one holds no typing of its own.
 */
export function useDraft(value: string, commit: (text: string) => string | undefined, multiline = false) {
  const { epoch, seal } = useInspector();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>();
  const [seen, setSeen] = useState(epoch);
  const [shown, setShown] = useState(value);
  if (seen !== epoch) {
    setSeen(epoch);
    setShown(value);
    setDraft(value);
    setError(undefined);
  } else if (value !== shown) {
    // Another field's edit changed this value (a new name carries the id along): an untouched draft follows it.
    setShown(value);
    if (draft === shown && !error) setDraft(value);
  }
  return {
    draft,
    error,
    onChange(text: string) {
      setDraft(text);
      setError(commit(text));
    },
    onKeyDown(e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
      if (e.key === "Escape") {
        setDraft(value);
        setError(undefined);
      } else if (e.key === "Enter" && !multiline) {
        e.currentTarget.blur();
      }
    },
    onBlur: seal,
  };
}
