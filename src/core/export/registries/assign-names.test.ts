import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ID_PATTERN } from "../../model/schema";
import { assignNames, BACKSTAGE_NAME, KUBERNETES_NAME, sanitizeBackstageTag, sanitizeLabelValue } from "./assign-names";

const DNS1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const BACKSTAGE = /^[a-zA-Z0-9]+([-_.][a-zA-Z0-9]+)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const ids = fc.uniqueArray(fc.stringMatching(ID_PATTERN), { minLength: 1, maxLength: 8 });

describe("assignNames", () => {
  it("keeps ids that are already valid names", () => {
    const { names, caveats } = assignNames(["order-service", "user-db"], KUBERNETES_NAME);
    expect([...names.values()]).toEqual(["order-service", "user-db"]);
    expect(caveats).toEqual([]);
  });

  it("gives a renamed id a suffix rather than the name of a valid id", () => {
    const { names } = assignNames(["a.b", "a-b", "a_b"], KUBERNETES_NAME);
    expect([...names.values()]).toEqual(["a-b-2", "a-b", "a-b-3"]);
  });

  it("always yields unique DNS-1035 labels of at most 63 characters for Kubernetes", () => {
    fc.assert(
      fc.property(ids, (list) => {
        const names = [...assignNames(list, KUBERNETES_NAME).names.values()];
        expect(new Set(names).size).toBe(list.length);
        for (const n of names) expect(n.length <= 63 && DNS1035.test(n)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("always yields unique valid Backstage names", () => {
    fc.assert(
      fc.property(ids, (list) => {
        const names = [...assignNames(list, BACKSTAGE_NAME).names.values()];
        expect(new Set(names).size).toBe(list.length);
        for (const n of names) expect(n.length <= 63 && BACKSTAGE.test(n)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("label values and tags", () => {
  it("turn any text into a valid label value or nothing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (s) => {
        const v = sanitizeLabelValue(s);
        expect(v.length <= 63 && LABEL_VALUE.test(v)).toBe(true);
      }),
    );
    expect(sanitizeLabelValue("Order Team (EU)!")).toBe("Order-Team-EU");
  });

  it("turn any text into a valid Backstage tag or nothing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (s) => {
        const t = sanitizeBackstageTag(s);
        expect(t === "" || (t.length <= 63 && /^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$/.test(t))).toBe(true);
      }),
    );
  });
});
