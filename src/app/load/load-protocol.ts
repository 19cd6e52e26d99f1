import type { LoadResult } from "../../core/load/load-design";

/** A link (`#d=…` or a whole URL) or a file's text, to be decoded and loaded off the main thread. */
export interface LoadRequest {
  seq: number;
  kind: "link" | "file";
  text: string;
}

export interface LoadReply {
  seq: number;
  result: LoadResult;
  /** Time spent in the worker, for the curious and the tests. */
  ms: number;
}
