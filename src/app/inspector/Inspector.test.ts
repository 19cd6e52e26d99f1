// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { act } from "react";
import { Inspector } from "./Inspector";
import { useEditor } from "../store/editor-store";
import { mallGoTemplate } from "../../core/templates/mall-go";

// The app loads its catalogs as build-time chunks; here the English source catalog stands in.
vi.mock("../i18n/i18n", async () => {
  const { translateFor } = await import("../../i18n/catalog-source");
  const t = translateFor("en");
  return { t, useT: () => ({ t, locale: "en" }) };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
const byTestId = (id: string) => host.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
const design = () => useEditor.getState().history.present;

/** Types into a field the way the browser reports it to React: a new value, then an input event. */
function type(el: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

beforeEach(async () => {
  useEditor.getState().replaceDesign(mallGoTemplate());
  useEditor.getState().select(["order-service"]);
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  // The forms are a lazy chunk: load it, then let the first render resolve it.
  await import("./InspectorForms");
  await act(async () => root.render(createElement(Inspector)));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe("Inspector", () => {
  it("keeps a refused value in the field with its reason, and out of the design", () => {
    type(byTestId("inspector.service.port")!, "70000");
    expect(byTestId("inspector.error.port")?.textContent).toBe("Port must be at most 65535.");
    expect(byTestId("inspector.service.port")?.getAttribute("aria-invalid")).toBe("true");
    expect(design().services!.find((s) => s.id === "order-service")!.port).toBe(8080);
  });

  it("renames the id in place: the same field stays, the selection follows, one undo step for the word", () => {
    const field = byTestId("inspector.service.id")!;
    type(field, "orders");
    type(field, "orders-2");
    expect(useEditor.getState().selection).toEqual(new Set(["orders-2"]));
    expect(byTestId("inspector.service.id")).toBe(field);
    expect(field.value).toBe("orders-2");
    act(() => useEditor.getState().undo());
    expect(design().services!.some((s) => s.id === "order-service")).toBe(true);
  });

  it("carries the id along while a new name is typed; the Id field shows it, and undo keeps the element selected", () => {
    const name = byTestId("inspector.service.name")!;
    type(name, "Checkout");
    type(name, "Checkout Service");
    expect(useEditor.getState().selection).toEqual(new Set(["checkout-service"]));
    expect(byTestId("inspector.service.id")!.value).toBe("checkout-service");
    expect(byTestId("inspector.service.name")).toBe(name);
    act(() => useEditor.getState().undo());
    expect(useEditor.getState().selection).toEqual(new Set(["order-service"]));
    expect(byTestId("inspector.service.id")!.value).toBe("order-service");
  });

  it("drops refused drafts when the design changes from outside", () => {
    type(byTestId("inspector.service.technology")!, "Rust");
    type(byTestId("inspector.service.port")!, "x");
    expect(byTestId("inspector.error.port")).not.toBeNull();
    act(() => useEditor.getState().undo());
    expect(byTestId("inspector.service.technology")!.value).toBe("Go + Gin");
    expect(byTestId("inspector.service.port")!.value).toBe("8080");
    expect(byTestId("inspector.error.port")).toBeNull();
  });

  it("shows a fresh form for another selection", () => {
    type(byTestId("inspector.service.port")!, "x");
    act(() => useEditor.getState().select(["cart-service"]));
    expect(byTestId("inspector.service.id")!.value).toBe("cart-service");
    expect(byTestId("inspector.service.port")!.value).toBe("8080");
    expect(byTestId("inspector.error.port")).toBeNull();
  });

  it("adds pasted list items on Enter and names a refused one", () => {
    act(() => useEditor.getState().select(["api-gateway"]));
    const origins = byTestId("inspector.gateway.cors.origins")!;
    const enter = () => act(() => void origins.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true })));
    type(origins, "https://a.example.com, http://localhost:5173");
    enter();
    expect(design().gateways![0]!.cors!.origins).toEqual(["https://shop.example.com", "https://a.example.com", "http://localhost:5173"]);
    expect(origins.value).toBe("");
    type(origins, "shop");
    enter();
    expect(byTestId("inspector.error.cors.origins")?.textContent).toBe('Origin "shop" must be an origin like https://shop.example.com, or *.');
    expect(design().gateways![0]!.cors!.origins).toHaveLength(3);
  });
});
