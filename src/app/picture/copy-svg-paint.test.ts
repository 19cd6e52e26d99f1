// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { copySvgPaint } from "./copy-svg-paint";

/** The picture after copying, as text. */
function copied(live: Element, text: string): string {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  copySvgPaint(live, doc);
  return new XMLSerializer().serializeToString(doc);
}

const picture = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">${inner}</div></foreignObject></svg>`;

function liveCanvas(html: string): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = html;
  document.body.appendChild(root);
  return root;
}

describe("copying the canvas's SVG paint into the picture", () => {
  it("gives each edge line the stroke it has on screen", () => {
    const live = liveCanvas('<style>.edge { stroke: rgb(100, 116, 139); stroke-width: 1.6px }</style><svg><g><path class="edge" d="M0,0 L10,10"/></g></svg>');
    const out = copied(live, picture('<svg xmlns="http://www.w3.org/2000/svg"><g><path class="edge" d="M0,0 L10,10"/></g></svg>'));
    const path = new DOMParser().parseFromString(out, "image/svg+xml").getElementsByTagName("path")[0]!;
    expect(path.getAttribute("style")).toContain("stroke:rgb(100, 116, 139)");
    expect(path.getAttribute("style")).toContain("stroke-width:1.6px");
  });

  it("keeps a style the clone already had, after the copied paint so it still wins", () => {
    const live = liveCanvas('<svg><path style="stroke: red"/></svg>');
    const out = copied(live, picture('<svg xmlns="http://www.w3.org/2000/svg"><path style="opacity: 0.5"/></svg>'));
    expect(out).toMatch(/stroke:red.*opacity: 0\.5/);
  });

  it("leaves the picture alone when its SVG does not match the canvas's", () => {
    const live = liveCanvas('<svg><path style="stroke: red"/></svg>');
    const text = picture('<svg xmlns="http://www.w3.org/2000/svg"><circle/></svg>');
    expect(copied(live, text)).not.toContain("stroke:red");
    const two = picture('<svg xmlns="http://www.w3.org/2000/svg"/><svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(copied(live, two)).not.toContain("stroke:red");
  });
});
