import { expect, test, type SeamsApp } from "./fixtures";
import type { Page } from "@playwright/test";

/** The inspector as a person uses it: select on the canvas, type in the panel, undo from the canvas. */
class InspectorPage {
  constructor(
    readonly app: SeamsApp,
    readonly page: Page = app.page,
  ) {}
  field(kind: string, field: string) {
    return this.page.getByTestId(`inspector.${kind}.${field}`);
  }
  error(field: string) {
    return this.page.getByTestId(`inspector.error.${field}`);
  }
  async openMallGo() {
    await this.app.openFresh();
    await this.app.openTemplate("mall-go");
    await expect(this.app.node("order-service")).toBeVisible();
  }
  async selectNode(id: string) {
    await this.app.node(id).click();
    await expect(this.page.locator('[data-testid^="inspector."][data-testid$=".id"]').first()).toHaveValue(id);
  }
  async selectEdge(id: string) {
    // Edges are thin SVG paths under labels and nodes; a click on the path itself is what React Flow listens to.
    await this.app.edge(id).locator("path").last().dispatchEvent("click");
    await expect(this.page.getByTestId("inspector.flow.id")).toHaveValue(id);
  }
  async clickPane() {
    await this.app.focusCanvas();
  }
}

test.describe("inspector", () => {
  let ui: InspectorPage;
  test.beforeEach(async ({ app }) => {
    ui = new InspectorPage(app);
    await ui.openMallGo();
  });

  test("shows a service, renames it on the canvas, and undoes the whole word in one step", async ({ page }) => {
    await ui.selectNode("order-service");
    const name = ui.field("service", "name");
    await expect(name).toHaveValue("order-service");
    await name.fill("");
    await name.pressSequentially("Orders", { delay: 20 });
    await expect(page.getByTestId("node-name.orders")).toHaveText("Orders");
    await name.press("Enter");
    await ui.clickPane();
    await page.keyboard.press("Control+z");
    await expect(page.getByTestId("node-name.order-service")).toHaveText("order-service");
  });

  test("refuses a port out of range under the field and leaves the design as it was", async ({ page }) => {
    await ui.selectNode("order-service");
    const port = ui.field("service", "port");
    await port.fill("70000");
    await expect(ui.error("port")).toHaveText("Port must be at most 65535.");
    await expect(port).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("toolbar.undo")).toBeDisabled();
    const saved = await ui.app.savedDesign();
    expect(saved.services.find((s: { id: string }) => s.id === "order-service").port).toBe(8080);
    await port.press("Escape");
    await expect(port).toHaveValue("8080");
    await expect(ui.error("port")).toHaveCount(0);
  });

  test("refuses an id another element uses, and renames everywhere when it is free", async ({ page }) => {
    await ui.selectNode("order-service");
    const id = ui.field("service", "id");
    await id.fill("order-db");
    await expect(ui.error("id")).toContainText('"order-db" is already used by a database');
    await expect(page.locator('[data-testid="rf__node-order-service"]')).toBeVisible();
    await id.fill("orders");
    await id.pressSequentially("-v2");
    await expect(id).toBeFocused();
    await expect(page.locator('[data-testid="rf__node-orders-v2"]')).toBeVisible();
    await expect(page.locator('[data-testid="rf__node-order-service"]')).toHaveCount(0);
    await expect(page.locator('[data-testid="rf__edge-route-orders"]')).toBeVisible();
  });

  test("offers async on a service-to-service flow and then only async protocols", async ({ page }) => {
    await ui.selectEdge("profile-reads-user");
    const kind = ui.field("flow", "kind");
    const protocol = ui.field("flow", "protocol");
    await expect(kind).toHaveValue("sync");
    await expect(protocol.locator("option")).toHaveText(["Default (http)", "http", "grpc"]);
    await kind.selectOption("async");
    await expect(protocol.locator("option")).toHaveText(["Default (event)", "event", "message"]);
    await expect(ui.field("flow", "event")).toBeVisible();
    await ui.selectEdge("route-orders");
    await expect(ui.field("flow", "kind")).toBeDisabled();
    await expect(page.getByTestId("inspector.flow.path")).toHaveValue("/api/orders");
  });

  test("moves a split slider with the keyboard and shows the new value", async () => {
    await ui.selectNode("user-service");
    const slider = ui.field("service", "split.teamAutonomy");
    const value = ui.field("service", "split.teamAutonomy.value");
    await expect(value).toHaveText("8");
    await slider.focus();
    await slider.press("ArrowRight");
    await expect(value).toHaveText("9");
    await expect(slider).toHaveValue("9");
  });

  test("changes a gateway's auth type and the canvas node says so", async ({ page }) => {
    await ui.selectNode("api-gateway");
    const auth = ui.field("gateway", "auth.type");
    await expect(auth).toHaveValue("jwt");
    await auth.selectOption("api_key");
    await expect(page.locator('[data-testid="rf__node-api-gateway"]')).toContainText("auth: api_key");
    await expect(ui.field("gateway", "auth.publicPaths.items")).toContainText("/api/auth");
  });

  test("resets refused drafts when the design changes from outside", async ({ page }) => {
    await ui.selectNode("order-service");
    await ui.field("service", "name").fill("Orders");
    await ui.field("service", "name").press("Enter");
    await ui.field("service", "port").fill("abc");
    await expect(ui.error("port")).toHaveText("Port must be a number.");
    await page.getByTestId("toolbar.undo").click();
    await expect(ui.field("service", "name")).toHaveValue("order-service");
    await expect(ui.field("service", "port")).toHaveValue("8080");
    await expect(ui.error("port")).toHaveCount(0);
  });

  test("adds and removes list items as chips and rows", async () => {
    await ui.selectNode("order-db");
    const tables = ui.field("database", "tables");
    await tables.fill("refunds, audit_log");
    await tables.press("Enter");
    await expect(ui.field("database", "tables.items")).toContainText("refunds");
    await expect(ui.field("database", "tables.items")).toContainText("audit_log");
    await ui.selectNode("order-service");
    await expect(ui.field("service", "instances.1.host")).toHaveValue("order-2.internal");
    await ui.field("service", "instances.0.remove").click();
    await expect(ui.field("service", "instances.0.host")).toHaveValue("order-2.internal");
    await expect(ui.field("service", "instances.1.host")).toHaveCount(0);
  });

  test("says what is selected when nothing or several things are", async ({ page }) => {
    await ui.clickPane();
    await expect(page.getByTestId("inspector.title")).toHaveText("Nothing selected");
    await page.keyboard.press("Control+a");
    await expect(page.getByTestId("inspector.multi.summary")).toContainText("10 services");
    await page.getByTestId("inspector.delete").click();
    await expect(page.locator('[data-testid="rf__node-order-service"]')).toHaveCount(0);
    await expect(page.getByTestId("inspector.title")).toHaveText("Nothing selected");
  });

  test("switches add and remove optional groups, and undo brings a removed group back", async ({ page }) => {
    await ui.selectNode("api-gateway");
    const rate = ui.field("gateway", "rateLimit.enabled");
    await expect(ui.field("gateway", "rateLimit.requestsPerSecond")).toHaveValue("100");
    await rate.uncheck({ force: true });
    await expect(ui.field("gateway", "rateLimit.requestsPerSecond")).toHaveCount(0);
    await page.getByTestId("toolbar.undo").click();
    await expect(ui.field("gateway", "rateLimit.requestsPerSecond")).toHaveValue("100");
    // A call without a retry of its own is retried by default: the switch is on, and Off turns retries off.
    await ui.selectEdge("profile-reads-user");
    await expect(ui.field("flow", "retry.enabled")).toBeChecked();
    await ui.field("flow", "retry.enabled").uncheck({ force: true });
    await expect(ui.field("flow", "retry.maxRetries")).toHaveCount(0);
    await ui.field("flow", "retry.enabled").check({ force: true });
    await expect(ui.field("flow", "retry.maxRetries")).toHaveAttribute("placeholder", "3");
    await ui.field("flow", "retry.maxRetries").fill("-1");
    await expect(ui.error("retry.maxRetries")).toHaveText("Max retries must be at least 0.");
  });

  test("keeps a flow selected while its id is renamed", async ({ page }) => {
    await ui.selectEdge("cart-prices");
    const id = ui.field("flow", "id");
    await id.fill("cart-asks-catalog");
    await expect(page.locator('[data-testid="rf__edge-cart-asks-catalog"]')).toBeAttached();
    await expect(id).toBeFocused();
    await expect(page.getByTestId("inspector.title")).toHaveText("price lookup");
  });
});
