import { test, expect } from "./fixtures";
test("shot", async ({ app, page }) => {
  page.on("console", (m) => m.text().startsWith("DBG") && console.log(m.text()));
  await app.openFresh();
  await app.openDesignFile({ format: "seams-design", version: 1, name: "two", services: [{ id: "a", name: "a" }, { id: "b", name: "b" }], layout: { a: { x: 0, y: 0 }, b: { x: 400, y: 160 } } });
  await expect(app.node("b")).toBeVisible();
  await app.dragNode("b", 0, -157);
});
