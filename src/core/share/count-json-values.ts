/**
 * Counts the values of JSON text as it is inflated, chunk by chunk, so a
 * link whose compact form is too large to be a link's design is refused
 * before `JSON.parse` builds it: parsing 5 MiB of `[10],[10],…` (a million
 * lists) alone took 170–300 ms, inflating it 10.
 *
 * It only counts; the JSON is judged by `JSON.parse` afterwards. Strings are
 * skipped by their quotes and escapes, everything else is a value where one
 * may start (after `[`, `,` or `:`, or at the very beginning).
 */
import { MAX_LINK_LIST_LENGTH, MAX_LINK_VALUES } from "../model/limits";

const count = (n: number) => n.toLocaleString("en-US");
const OPEN_ARRAY = 0x5b, CLOSE_ARRAY = 0x5d, OPEN_OBJECT = 0x7b, CLOSE_OBJECT = 0x7d, QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, COLON = 0x3a;

const enum Expect { Nothing, Value, Key }

export class JsonValueCounter {
  values = 0;
  private inString = false;
  private escaped = false;
  private expect = Expect.Value;
  /** Items of each open list (-1 for an open object), innermost last. */
  private readonly open: number[] = [];

  /** Counts one more chunk; returns why the text is refused, or undefined to go on. */
  push(chunk: Uint8Array): string | undefined {
    const open = this.open;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        continue;
      }
      if (c <= 0x20) continue;
      if (c === COMMA) {
        this.expect = open[open.length - 1] === -1 ? Expect.Key : Expect.Value;
        continue;
      }
      if (c === COLON) {
        this.expect = Expect.Value;
        continue;
      }
      if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
        open.pop();
        this.expect = Expect.Nothing;
        continue;
      }
      if (c === QUOTE) this.inString = true;
      if (this.expect === Expect.Value) {
        if (++this.values > MAX_LINK_VALUES)
          return `the link holds more than ${count(MAX_LINK_VALUES)} values in its compact form, more than a design within a link's limits needs; it was not opened. Share the design file instead.`;
        const top = open.length - 1;
        if (top >= 0 && open[top]! >= 0 && ++open[top]! > MAX_LINK_LIST_LENGTH)
          return `the link holds a list of more than ${count(MAX_LINK_LIST_LENGTH)} items, longer than any list a link may carry; it was not opened. Share the design file instead.`;
      }
      if (c === OPEN_ARRAY) {
        open.push(0);
        this.expect = Expect.Value;
      } else if (c === OPEN_OBJECT) {
        open.push(-1);
        this.expect = Expect.Key;
      } else this.expect = Expect.Nothing;
    }
    return undefined;
  }
}
