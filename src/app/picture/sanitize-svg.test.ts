// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify is made against real DOM behaviour, and happy-dom let an onload through it.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sanitizeSvg, UnsafeSvgError } from "./sanitize-svg";

const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const svg = (body: string, rootAttrs = "") => `<svg ${NS}${rootAttrs}>${body}</svg>`;
/** What a person cares about: after cleaning, nothing in the document can run. */
function runnableParts(text: string): string[] {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const found: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    if (el.localName.toLowerCase() === "script") found.push("script element");
    for (const a of Array.from(el.attributes)) {
      if (a.name.toLowerCase().startsWith("on")) found.push(`${a.name} attribute`);
      if (/href$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) found.push(`${a.name}=${a.value}`);
    }
  }
  return found;
}

describe("cleaning an SVG picture", () => {
  it("removes script elements, in the SVG and inside foreignObject HTML", () => {
    const out = sanitizeSvg(svg('<script>alert(1)</script><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><script>alert(2)</script><p>order-service</p></div></foreignObject>'));
    expect(out).not.toMatch(/<script/i);
    expect(out).toContain("order-service");
    expect(runnableParts(out)).toEqual([]);
  });

  it("removes event handler attributes whatever their case", () => {
    const out = sanitizeSvg(svg('<g onclick="a()"><rect ONLOAD="b()" onMouseOver="c()" width="1"/></g>', ' onload="d()"'));
    expect(out).not.toMatch(/\son\w+=/i);
    expect(out).toContain('width="1"');
  });

  it("removes javascript: links, however disguised, and keeps links inside the picture", () => {
    const out = sanitizeSvg(svg('<a href="javascript:alert(1)"><text>x</text></a><a xlink:href=" JaVa&#9;Script:alert(1)"/><a href="#arrow"><text>y</text></a><a href="https://elsewhere.example/x"><text>z</text></a><image href="data:text/html,&lt;script&gt;"/>'));
    expect(out).not.toMatch(/javascript/i);
    expect(out).not.toContain("data:text/html");
    expect(out).toContain('href="#arrow"');
    // A link out of the picture is not runnable, but a picture has no business pointing anywhere.
    expect(out).not.toContain("elsewhere.example");
  });

  it("removes animations, which could set a link or a handler (a picture has no use for them)", () => {
    const out = sanitizeSvg(svg('<a><set attributeName="href" to="javascript:alert(1)"/><animate attributeName="onbegin" values="alert(1)"/><animate attributeName="opacity" values="0;1"/></a>'));
    expect(out).not.toContain("javascript");
    expect(out).not.toContain("onbegin");
    expect(out).not.toMatch(/<(set|animate)/);
  });

  it("keeps only what is on the allowlist: elements and attributes it does not know are gone, the drawing stays", () => {
    const out = sanitizeSvg(svg('<defs><marker id="arrow"><path d="M0 0L10 5" fill="#64748b"/></marker></defs><path d="M1 1L9 9" marker-end="url(#arrow)" stroke="red"/><madeup-element/><rect width="5" height="5" data-x="1" formaction="x" style="fill: red"/>'));
    expect(out).not.toContain("madeup-element");
    expect(out).not.toContain("formaction");
    for (const kept of ['<marker id="arrow"', 'marker-end="url(#arrow)"', 'stroke="red"', 'width="5"', "fill: red"]) expect(out).toContain(kept);
  });

  it("keeps hostile names as the text they are", () => {
    const names = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'];
    const doc = new DOMParser().parseFromString(svg(""), "image/svg+xml");
    for (const n of names) {
      const t = doc.createElementNS("http://www.w3.org/2000/svg", "text");
      t.textContent = n;
      t.setAttribute("aria-label", n);
      doc.documentElement.appendChild(t);
    }
    const out = sanitizeSvg(new XMLSerializer().serializeToString(doc));
    const back = new DOMParser().parseFromString(out, "image/svg+xml");
    expect(Array.from(back.getElementsByTagName("text")).map((t) => t.textContent)).toEqual(names);
    expect(runnableParts(out)).toEqual([]);
  });

  it("refuses what is not one well-formed SVG document", () => {
    expect(() => sanitizeSvg("<svg")).toThrow(UnsafeSvgError);
    expect(() => sanitizeSvg('<html xmlns="http://www.w3.org/1999/xhtml"/>')).toThrow(UnsafeSvgError);
  });

  // Text without < and &: happy-dom serialises a script's text unescaped, which would test happy-dom, not the cleaning.
  it("leaves nothing runnable whatever elements and attributes it is given", () => {
    const tag = fc.constantFrom("g", "rect", "a", "script", "SCRIPT", "text", "foreignObject", "use", "set", "iframe");
    const attrName = fc.constantFrom("onload", "OnClick", "href", "xlink:href", "fill", "onerror", "id");
    const attrValue = fc.constantFrom("javascript:alert(1)", " javascript:x", "#a", "red", "alert(1)");
    const element = fc.tuple(tag, fc.uniqueArray(fc.tuple(attrName, attrValue), { selector: ([n]) => n.toLowerCase(), maxLength: 4 }), fc.string({ maxLength: 20 }).map((t) => t.replace(/[<&]/g, "_")));
    fc.assert(
      fc.property(fc.array(element, { maxLength: 8 }), (elements) => {
        const doc = new DOMParser().parseFromString(svg(""), "image/svg+xml");
        for (const [t, attrs, text] of elements) {
          const el = doc.createElementNS("http://www.w3.org/2000/svg", t);
          for (const [n, v] of attrs) n.startsWith("xlink:") ? el.setAttributeNS("http://www.w3.org/1999/xlink", n, v) : el.setAttribute(n, v);
          el.textContent = text;
          doc.documentElement.appendChild(el);
        }
        expect(runnableParts(sanitizeSvg(new XMLSerializer().serializeToString(doc)))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
