import { useEffect, useRef, type RefObject } from "react";

/**
 * A toolbar menu closes the way menus do everywhere: on Escape (focus goes
 * back to its button), on a press anywhere outside it, and when focus moves
 * outside it (a dialog opened by a shortcut takes focus, so the menu never
 * stays open behind it). The press is caught in the capture phase: the
 * canvas stops mousedown from bubbling, so a bubbling listener never heard a
 * click on the canvas.
 */
export function useDismiss(open: boolean, root: RefObject<HTMLElement | null>, close: () => void): void {
  const onClose = useRef(close);
  onClose.current = close;
  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) => !(target instanceof Node && root.current?.contains(target));
    const onPointer = (e: PointerEvent) => outside(e.target) && onClose.current();
    const onFocus = (e: FocusEvent) => outside(e.target) && onClose.current();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.preventDefault();
      e.stopPropagation();
      onClose.current();
      root.current?.querySelector<HTMLElement>("[aria-haspopup]")?.focus();
    };
    document.addEventListener("pointerdown", onPointer, true);
    document.addEventListener("focusin", onFocus, true);
    document.addEventListener("keydown", onKey, true);
    return () => {
      document.removeEventListener("pointerdown", onPointer, true);
      document.removeEventListener("focusin", onFocus, true);
      document.removeEventListener("keydown", onKey, true);
    };
  }, [open, root]);
}
