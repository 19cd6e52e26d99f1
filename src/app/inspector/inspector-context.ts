import { createContext, useContext } from "react";
import type { ElementKind } from "../../core/model/schema";
import type { FieldError } from "./apply-edit";

/** What every field of the open form needs: how to edit the target, and when to drop its draft. */
export interface InspectorApi {
  kind: ElementKind | "flow";
  /** The inspected id (follows the id field while it is being renamed). */
  id: string;
  /** Checks and commits a patch as one coalesced undo step per field; returns the problem instead when it would be invalid. */
  edit(patch: Record<string, unknown>, field: string): FieldError | undefined;
  /** Ends the current undo step (a field lost focus). */
  seal(): void;
  /** Bumped when the design changed from outside the inspector (undo, canvas): drafts reset to the design's values. */
  epoch: number;
}

export const InspectorContext = createContext<InspectorApi | null>(null);

export function useInspector(): InspectorApi {
  const api = useContext(InspectorContext);
  if (!api) throw new Error("inspector fields must be inside an inspector form");
  return api;
}

/** Field test ids are dotted (`inspector.service.healthCheck.interval`) so e2e tests never select by CSS. */
export function fieldTestId(kind: string, field: string): string {
  return `inspector.${kind}.${field}`;
}
