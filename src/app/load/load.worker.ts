/**
 * Links and files are decoded and loaded here, off the main thread: even a
 * link or file within the limits can take a few hundred milliseconds to
 * check, and the page must keep answering the person meanwhile.
 */
import { loadDesign } from "../../core/load/load-design";
import { installFastLoader } from "../../core/load/install-fast-loader";
import { decodeShareFragment } from "../../core/share/index";
import type { LoadReply, LoadRequest } from "./load-protocol";

// Opening a large file is this worker's job: it, not the page's first chunk, carries the loader's fast path.
installFastLoader();

self.onmessage = (e: MessageEvent<LoadRequest>) => {
  const { seq, kind, text } = e.data;
  const started = performance.now();
  // Neither throws: every problem is a LoadResult error.
  const result = kind === "link" ? decodeShareFragment(text) : loadDesign(text);
  const reply: LoadReply = { seq, result, ms: performance.now() - started };
  self.postMessage(reply);
};
