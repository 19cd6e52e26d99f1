import { lazy, Suspense } from "react";
import { findingTitle } from "../../i18n/render-finding";
import { useT } from "../i18n/i18n";
import { useFixes } from "./fix-store";
// The refactorings and a second analysis load with the first Fix…, the impact list with the first "What if it is down?", not with the app.
const FixPanel = lazy(() => import("./FixPanel"));
const ImpactPanel = lazy(() => import("./ImpactPanel"));

/** Over the canvas: the Fix… preview or the failure impact list, whichever is open. */
export function FixesLayer() {
  const fixing = useFixes((s) => s.fixing);
  const impact = useFixes((s) => s.impact);
  const { t } = useT();
  return (
    <>
      {fixing && (
        <Suspense fallback={null}>
          <FixPanel key={fixing.key} finding={fixing} title={findingTitle(t, fixing.code)} />
        </Suspense>
      )}
      {impact && (
        <Suspense fallback={null}>
          <ImpactPanel />
        </Suspense>
      )}
    </>
  );
}
