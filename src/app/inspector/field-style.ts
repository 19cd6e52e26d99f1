/** The inspector's controls share one look: slate borders, indigo focus, red when the draft is refused. */
export const INPUT =
  "w-full min-w-0 rounded-md border bg-white px-2 py-[5px] text-[13px] text-slate-800 placeholder:text-slate-500 focus:outline-none focus:ring-2 disabled:bg-slate-50 disabled:text-slate-500";
export const INPUT_OK = "border-slate-200 hover:border-slate-300 focus:border-indigo-400 focus:ring-indigo-100";
export const INPUT_BAD = "border-red-400 focus:border-red-400 focus:ring-red-100";
export const LABEL = "mb-1 block text-[11px] font-medium text-slate-500";
export const SMALL_BUTTON =
  "inline-flex items-center gap-1 rounded-md px-1.5 py-1 text-[12px] font-medium text-indigo-600 hover:bg-indigo-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-200 disabled:cursor-default disabled:opacity-40 disabled:hover:bg-transparent";
export const ICON_BUTTON =
  "inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-red-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-200";

export function inputClass(invalid: boolean): string {
  return `${INPUT} ${invalid ? INPUT_BAD : INPUT_OK}`;
}

