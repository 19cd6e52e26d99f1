import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";

const fixture = (name: string) => readFileSync(new URL(`../src/core/import/fixtures/${name}`, import.meta.url), "utf8");

test("dropping Kubernetes manifests shows what was found and why, then opens the design laid out and judged", async ({ app, page }) => {
  await app.openFresh();
  await expect(page.getByTestId("empty.import-hint")).toBeVisible();
  await app.dropFiles([{ name: "online-boutique.yaml", text: fixture("online-boutique.yaml") }]);

  const preview = page.getByTestId("import.preview");
  await expect(preview).toBeVisible();
  await expect(page.getByTestId("import.files")).toContainText("online-boutique.yaml · Kubernetes manifests");
  await expect(page.getByTestId("import.found")).toContainText("frontend");
  await expect(page.getByTestId("import.found")).toContainText("redis-cart");
  await expect(page.getByTestId("import.inferred")).toContainText("flow checkoutservice → paymentservice: env PAYMENT_SERVICE_ADDR=paymentservice:50051");
  await expect(page.getByTestId("import.inferred")).toContainText("redis-cart is a database (redis): image redis:alpine");
  await expect(page.getByTestId("import.hint.loadgenerator")).toContainText("load generator");
  await expect(page.getByTestId("import.summary")).toHaveText("12 of 12 elements, 16 flows");

  await page.getByTestId("import.open-new").click();
  await expect(preview).toBeHidden({ timeout: 30_000 });
  for (const id of ["frontend", "checkoutservice", "paymentservice", "redis-cart", "loadgenerator"]) await expect(app.node(id)).toBeVisible();
  // Laid out: no two elements on the same spot.
  const boxes = await Promise.all(["frontend", "checkoutservice", "cartservice", "redis-cart"].map((id) => app.node(id).boundingBox()));
  expect(new Set(boxes.map((b) => `${Math.round(b!.x)},${Math.round(b!.y)}`)).size).toBe(4);
  // ...and framed: every element inside the visible canvas.
  const canvas = (await page.getByTestId("canvas").boundingBox())!;
  for (const id of ["loadgenerator", "adservice", "shippingservice", "redis-cart"]) {
    const b = (await app.node(id).boundingBox())!;
    expect(b.x >= canvas.x && b.y >= canvas.y && b.x + b.width <= canvas.x + canvas.width && b.y + b.height <= canvas.y + canvas.height, `${id} in view`).toBe(true);
  }
  // Judged at once: nothing calls the load generator.
  await expect(page.getByTestId("finding.orphan-service")).toContainText("loadgenerator");
  const saved = await app.savedDesign();
  expect(saved.name).toBe("online-boutique");
  expect(saved.flows).toHaveLength(16);
});

test("the load generator can be left out in the preview", async ({ app, page }) => {
  await app.openFresh();
  await app.dropFiles([{ name: "online-boutique.yaml", text: fixture("online-boutique.yaml") }]);
  await page.getByTestId("import.item.loadgenerator").uncheck();
  await expect(page.getByTestId("import.summary")).toHaveText("11 of 12 elements, 15 flows");
  await page.getByTestId("import.open-new").click();
  await expect(app.node("frontend")).toBeVisible();
  await expect(app.node("loadgenerator")).toHaveCount(0);
  // Judged without it: now nothing reaches the frontend (these manifests have no ingress).
  await expect(page.getByTestId("finding.orphan-service")).toContainText("frontend");
  await expect(page.getByTestId("finding.orphan-service")).not.toContainText("loadgenerator");
});

test("Open with a Compose file and an OpenAPI file merges into the current design by id, as one undo step", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("user-service")).toBeVisible();
  const before = await app.savedDesign();
  const compose = "services:\n  user-service: { image: shop/users }\n  audit:\n    image: shop/audit\n    environment: [USER_SERVICE_URL=http://user-service:8080]\n  loadgen: { image: locustio/locust }\n";
  const openapi = "openapi: 3.0.3\ninfo: { title: audit }\npaths: { /audit/events: { get: {}, post: {} } }\n";
  const chooser = page.waitForEvent("filechooser");
  await page.getByTestId("toolbar.open").click();
  await (await chooser).setFiles([
    { name: "docker-compose.yml", mimeType: "application/yaml", buffer: Buffer.from(compose) },
    { name: "audit.openapi.yaml", mimeType: "application/yaml", buffer: Buffer.from(openapi) },
  ]);
  await expect(page.getByTestId("import.files")).toContainText("docker-compose.yml · Docker Compose file");
  await expect(page.getByTestId("import.files")).toContainText("audit.openapi.yaml · OpenAPI / Swagger");
  await expect(page.getByTestId("import.inferred")).toContainText("flow audit → user-service: env USER_SERVICE_URL=http://user-service:8080");
  await page.getByTestId("import.item.loadgen").uncheck();
  // Asked for: the OpenAPI paths become a route on the gateway, which the merge finds in this design by id.
  await page.getByTestId("import.routes").check();
  await expect(page.getByTestId("import.inferred")).toContainText("route api-gateway → audit /audit: audit.openapi.yaml: paths under /audit");
  await expect(page.getByTestId("import.item.loadgen")).not.toBeChecked();
  await page.getByTestId("import.merge").click();
  // ELK lays the merged design out in a worker first; on a busy machine that takes a while.
  await expect(page.getByTestId("import.preview")).toBeHidden({ timeout: 30_000 });
  await expect(app.node("audit")).toBeVisible();
  await expect(app.node("loadgen")).toHaveCount(0);
  const merged = await app.savedDesign();
  expect(merged.services.filter((s: { id: string }) => s.id === "user-service")).toHaveLength(1);
  expect(merged.services).toHaveLength(before.services.length + 1);
  expect(merged.services.find((s: { id: string }) => s.id === "audit").endpoints).toEqual([
    { method: "GET", path: "/audit/events" },
    { method: "POST", path: "/audit/events" },
  ]);
  expect(merged.gateways).toHaveLength(before.gateways.length);
  expect(merged.flows).toContainEqual(expect.objectContaining({ from: "api-gateway", to: "audit", path: "/audit", public: true }));
  // What was placed before stays where it was.
  expect(merged.layout["user-service"]).toEqual(before.layout["user-service"]);
  await page.getByTestId("toolbar.undo").click();
  await expect(app.node("audit")).toHaveCount(0);
  await expect(app.node("user-service")).toBeVisible();
});

test("an alias bomb, a huge file and an unknown file are refused with a clear message and the design untouched", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  const before = await app.savedDesign();
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(",")}]`);
  const started = Date.now();
  await app.dropFiles([{ name: "bomb.yaml", text: `services:\n  x: { image: nginx }\n${levels.map((l) => `x-${l}`).join("\n")}\n` }]);
  await expect(page.getByTestId("notice.error")).toContainText("too many aliases");
  expect(Date.now() - started).toBeLessThan(3000);
  await app.dropFiles([{ name: "notes.yaml", text: "hello: world\n" }]);
  await expect(page.getByText("Could not import notes.yaml")).toBeVisible();
  await expect(page.getByText(/cannot tell what this is/)).toBeVisible();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(10 * 1024 * 1024).fill(35)], "huge.yaml"));
    const canvas = document.querySelector('[data-testid="canvas"]')!;
    canvas.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText("Could not import huge.yaml")).toBeVisible();
  await expect(page.getByTestId("import.preview")).toHaveCount(0);
  await expect(app.node("user-service")).toBeVisible();
  expect(await app.savedDesign()).toEqual(before);
});

test("an OpenAPI document written as JSON is imported, not opened as a design", async ({ app, page }) => {
  await app.openFresh();
  const spec = { openapi: "3.0.3", info: { title: "Billing API" }, servers: [{ url: "/v1" }], paths: { "/invoices": { get: {}, post: {} }, "/invoices/{id}": { get: {} } } };
  await app.dropFiles([{ name: "billing.json", text: JSON.stringify(spec) }]);
  await expect(page.getByTestId("import.files")).toContainText("billing.json · OpenAPI / Swagger");
  await expect(page.getByTestId("import.found")).toContainText("Billing API");
  await page.getByTestId("import.open-new").click();
  await expect(app.node("billing-api")).toBeVisible();
  const saved = await app.savedDesign();
  expect(saved.services[0].endpoints).toEqual([
    { method: "GET", path: "/v1/invoices" },
    { method: "POST", path: "/v1/invoices" },
    { method: "GET", path: "/v1/invoices/{id}" },
  ]);
});
