import { useEffect, useMemo, useRef, useState } from "react";
import { encodeShareFragment, MAX_FRAGMENT_CHARS, SAFE_LINK_CHARS } from "../../core/share/index";
import { mermaidBlock } from "./mermaid-block";
import { useEditor, selectDesign } from "../store/editor-store";
import { saveDesignFile } from "../files/file-actions";
import { Icon } from "../ui/icons";
import { judgeLinkLength } from "./judge-link-length";
import { copyText } from "./copy-text";
import { useT } from "../i18n/i18n";

/**
 * The share dialog: the design as a link (it travels after the `#`, which
 * browsers never send to a server), its length and what that length means.
 * Loaded on first use, with the codec.
 */
export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const design = useEditor(selectDesign);
  const { t } = useT();
  const fragment = useMemo(() => encodeShareFragment(design), [design]);
  const link = `${window.location.origin}${window.location.pathname}#${fragment}`;
  const fit = judgeLinkLength(link.length, fragment.length);
  const [copied, setCopied] = useState<"yes" | "failed" | undefined>();
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  useEffect(() => setCopied(undefined), [link]);

  const copy = async () => {
    field.current?.select();
    setCopied((await copyText(link, field.current)) ? "yes" : "failed");
  };

  return (
    <div role="dialog" aria-modal="true" aria-labelledby="share-title" data-modal-open className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/30 p-4" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="w-[560px] max-w-full rounded-xl border border-slate-200 bg-white text-[13px] text-slate-700 shadow-2xl" data-testid="share.dialog">
        <div className="flex items-start gap-3 border-b border-slate-100 px-5 py-4">
          <div className="flex h-8 w-8 shrink-0 items-center justify-center rounded-lg bg-indigo-50 text-indigo-600">
            <Icon name="share" />
          </div>
          <div className="min-w-0 flex-1">
            <h2 id="share-title" className="text-[15px] font-semibold text-slate-800">{t("share.title")}</h2>
            <p className="mt-0.5 text-[12px] text-slate-500">{t("share.lead")}</p>
          </div>
          <button aria-label={t("share.close")} className="rounded-md p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-600" onClick={onClose} data-testid="share.close">
            <Icon name="close" />
          </button>
        </div>

        <div className="space-y-3 px-5 py-4">
          {fit === "too-large" ? (
            <TooLarge fragmentChars={fragment.length} />
          ) : (
            <>
              <label className="block text-[12px] font-medium text-slate-600" htmlFor="share-link">
                {t("share.link")}
              </label>
              <div className="flex gap-2">
                <input id="share-link" ref={field} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 truncate rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-[12px] text-slate-700 outline-none focus:border-indigo-400 focus:ring-2 focus:ring-indigo-100" data-testid="share.link" />
                <button onClick={() => void copy()} className="flex shrink-0 items-center gap-1.5 rounded-lg bg-indigo-600 px-3 py-2 font-medium text-white hover:bg-indigo-500" data-testid="share.copy">
                  {copied === "yes" ? t("share.copied") : t("share.copy")}
                </button>
              </div>
              <div className="flex items-center justify-between text-[12px]">
                <span className="flex items-center gap-1.5 text-slate-500" data-testid="share.length">
                  <span className={`h-2 w-2 rounded-full ${fit === "fits" ? "bg-emerald-500" : "bg-amber-500"}`} aria-hidden="true" />
                  {t("share.characters", { count: link.length })}
                </span>
                {copied === "failed" ? (
                  <span className="text-rose-600">{t("share.clipboardRefused")}</span>
                ) : (
                  fit === "fits" && <span className="text-slate-500">{t("share.fits")}</span>
                )}
              </div>
              {fit === "long" && (
                <div className="flex gap-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2.5 text-amber-900" role="status" data-testid="share.warning">
                  <Icon name="warning" className="mt-0.5 shrink-0" />
                  <div>
                    {t("share.long", { safe: SAFE_LINK_CHARS })}
                    <DownloadButton subtle />
                  </div>
                </div>
              )}
            </>
          )}
          <CopyMermaid />
        </div>

        <div className="flex justify-end gap-2 rounded-b-xl border-t border-slate-100 bg-slate-50 px-5 py-3">
          <button className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-100" onClick={onClose}>
            {t("share.done")}
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * The design as a Mermaid flowchart in a ```mermaid block, which GitHub,
 * GitLab and most wikis draw where it is pasted. Generated on click: a
 * large design's diagram is not worth building on every render.
 */
function CopyMermaid() {
  const [state, setState] = useState<"yes" | "failed" | undefined>();
  const design = useEditor(selectDesign);
  const { t } = useT();
  useEffect(() => setState(undefined), [design]);
  const copy = async () => setState((await copyText(mermaidBlock(design))) ? "yes" : "failed");
  return (
    <div className="flex items-center justify-between gap-3 border-t border-slate-100 pt-3 text-[12px]">
      <span className="text-slate-500">{state === "failed" ? <span className="text-rose-600">{t("share.mermaidRefused")}</span> : t("share.mermaidLead")}</span>
      <button onClick={() => void copy()} title={t("share.mermaidTitle")} className="flex shrink-0 items-center gap-1.5 rounded-lg border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-100" data-testid="share.copy-mermaid">
        {state === "yes" ? t("share.copied") : t("share.mermaidCopy")}
      </button>
    </div>
  );
}

function TooLarge({ fragmentChars }: { fragmentChars: number }) {
  const { t } = useT();
  return (
    <div className="flex gap-3 rounded-lg border border-slate-200 bg-slate-50 px-4 py-3" data-testid="share.too-large">
      <Icon name="file" size={20} className="mt-0.5 shrink-0 text-slate-500" />
      <div>
        <div className="font-medium text-slate-800">{t("share.tooLarge")}</div>
        <p className="mt-0.5 text-[12px] text-slate-500">
          {t("share.tooLargeBody", { chars: fragmentChars, max: MAX_FRAGMENT_CHARS })}
        </p>
        <DownloadButton />
      </div>
    </div>
  );
}

function DownloadButton({ subtle }: { subtle?: boolean }) {
  const { t } = useT();
  const style = subtle ? "mt-2 border border-amber-300 bg-white text-amber-900 hover:bg-amber-100" : "mt-3 bg-indigo-600 text-white hover:bg-indigo-500";
  return (
    <button className={`flex items-center gap-1.5 rounded-lg px-3 py-1.5 text-[12px] font-medium ${style}`} onClick={saveDesignFile} data-testid="share.download">
      <Icon name="download" size={14} />
      {t("share.download")}
    </button>
  );
}
