import { Component, type ReactNode } from "react";
import { flushAutosave } from "./persistence/autosave";
import { t } from "./i18n/i18n";

/**
 * A crash in one part of the UI shows a message there instead of a blank
 * page; the design is saved first, so reloading brings it back.
 */
export class ErrorBoundary extends Component<{ where: string; children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch() {
    try {
      flushAutosave();
    } catch {
      /* nothing more to do */
    }
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="m-4 rounded-xl border border-rose-300 bg-rose-50 p-4 text-sm text-rose-800">
        <div className="font-semibold">{t("shell.crash.title", { where: this.props.where })}</div>
        <div className="mt-1">{t("shell.crash.body")}</div>
        <pre className="mt-2 whitespace-pre-wrap text-xs opacity-80">{this.state.error.message}</pre>
        <button className="mt-2 rounded-md border border-rose-400 px-2 py-1 text-xs" onClick={() => this.setState({ error: undefined })}>
          {t("shell.crash.again")}
        </button>
      </div>
    );
  }
}
