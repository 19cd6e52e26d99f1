import { useEffect, useRef, type RefObject } from "react";

const FOCUSABLE = 'a[href], button:not([disabled]), select:not([disabled]), textarea:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Modal keyboard rules: Escape closes, Tab and Shift+Tab cycle inside the
 * panel, focus starts inside and returns to what had it (the toolbar button)
 * on close. Escape is caught in the capture phase so nothing behind the
 * dialog reacts to it.
 */
export function useModal(panel: RefObject<HTMLElement | null>, onClose: () => void, initialFocus?: () => HTMLElement | null | undefined): void {
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    (initialFocus?.() ?? panel.current)?.focus();
    const onKey = (e: KeyboardEvent) => {
      const root = panel.current;
      if (!root) return;
      if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        close.current();
        return;
      }
      if (e.key !== "Tab") return;
      const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
      if (items.length === 0) {
        e.preventDefault();
        return;
      }
      const first = items[0]!;
      const last = items[items.length - 1]!;
      const active = document.activeElement;
      const inside = active instanceof Node && root.contains(active);
      if (!inside || (e.shiftKey && (active === first || active === root))) {
        e.preventDefault();
        (e.shiftKey ? last : first).focus();
      } else if (!e.shiftKey && active === last) {
        e.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKey, true);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      if (before && document.contains(before)) before.focus();
    };
    // Runs once per opening: initialFocus is read on mount only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [panel]);
}
