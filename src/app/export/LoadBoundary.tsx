import { Component, type ReactNode } from "react";

/**
 * Catches a dialog chunk that fails to load (offline, or the site was updated
 * and the old chunk is gone). Without it the failed lazy import would unmount
 * the whole editor and leave a white page.
 */
export class LoadBoundary extends Component<{ onError: (error: Error) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error): void {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
