import { useMemo, useState } from "react";
import type { Caveat } from "../../core/export/types";
import { Icon } from "../ui/icons";
import { useT } from "../i18n/i18n";
import { caveatText } from "../../i18n/render-caveat";

const MAX_CAVEATS = 60;
const MAX_CHIPS = 10;
/** A command, not words: the same in every language. */
const CLI_EXPORT = "seams export";

/**
 * "What this target cannot express": each caveat with the elements it is
 * about, by the names on the canvas; a name shows that element on the canvas.
 * A huge design can give thousands (one per service), so the list stops at a
 * few dozen and says how many more there are. It folds away to give the
 * preview the room.
 */
export function CaveatList({ caveats, nameOf, onShow }: { caveats: readonly Caveat[]; nameOf: (id: string) => string; onShow: (ids: string[]) => void }) {
  const { t, locale } = useT();
  const shown = useMemo(() => caveats.slice(0, MAX_CAVEATS), [caveats]);
  const [open, setOpen] = useState(true);
  if (caveats.length === 0) return null;
  return (
    <section className="max-h-[38%] shrink-0 overflow-auto border-b border-amber-200 bg-amber-50/70 px-4 py-2.5" data-testid="export.caveats" aria-label={t("caveat.dialog.heading")}>
      <h3 className="flex items-center gap-1.5 text-[12px] font-semibold text-amber-900">
        <Icon name="warning" size={14} />
        {t("caveat.dialog.heading")}
        <span className="rounded-full bg-amber-200/70 px-1.5 text-[11px] font-medium">{caveats.length.toLocaleString(locale)}</span>
        <button className="ml-auto rounded px-1.5 text-[11px] font-medium text-amber-800 hover:bg-amber-100" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="export.caveats.toggle">
          {open ? t("caveat.dialog.hide") : t("caveat.dialog.show")}
        </button>
      </h3>
      {open && (
        <ul className="mt-1.5 space-y-1.5">
          {shown.map((c, i) => (
            <CaveatRow key={i} caveat={c} nameOf={nameOf} onShow={onShow} />
          ))}
        </ul>
      )}
      {open && caveats.length > MAX_CAVEATS && (
        <p className="mt-1.5 text-[12px] text-amber-800">
          {t("caveat.dialog.moreBefore", { count: (caveats.length - MAX_CAVEATS).toLocaleString(locale) })} <code className="font-mono">{CLI_EXPORT}</code> {t("caveat.dialog.moreAfter")}
        </p>
      )}
    </section>
  );
}

function CaveatRow({ caveat, nameOf, onShow }: { caveat: Caveat; nameOf: (id: string) => string; onShow: (ids: string[]) => void }) {
  const { t, locale } = useT();
  const { elements } = caveat;
  return (
    <li className="text-[12px] leading-[17px] text-amber-950" data-testid="export.caveat">
      <span>{caveatText(t, caveat)}</span>
      {elements.length > 0 && (
        <span className="ml-1 inline-flex flex-wrap gap-1 align-middle">
          {elements.slice(0, MAX_CHIPS).map((id) => (
            <button key={id} className="rounded border border-amber-300 bg-white/80 px-1.5 text-[11px] leading-4 text-amber-900 hover:border-indigo-300 hover:text-indigo-700" title={t("caveat.dialog.showOnCanvas", { id })} onClick={() => onShow([id])}>
              {nameOf(id)}
            </button>
          ))}
          {elements.length > MAX_CHIPS && (
            <button className="px-1 text-[11px] leading-4 text-amber-800 underline decoration-dotted hover:text-indigo-700" title={t("caveat.dialog.showAll")} onClick={() => onShow(elements)}>
              {t("caveat.dialog.moreChips", { count: (elements.length - MAX_CHIPS).toLocaleString(locale) })}
            </button>
          )}
        </span>
      )}
    </li>
  );
}
