import { expect, test, type Page } from "@playwright/test";

/** The inspector as a person uses it: select on the canvas, type in the panel, undo from the canvas. */
class InspectorPage {
  constructor(readonly page: Page) {}
  field(kind: string, field: string) {
    return this.page.getByTestId(`inspector.${kind}.${field}`);
  }
  error(field: string) {
    return this.page.getByTestId(`inspector.error.${field}`);
  }
  async openMallGo() {
    await this.page.goto("/");
    await this.page.getByTestId("toolbar.new").click();
    await this.page.getByTestId("template.mall-go").click();
    await expect(this.page.locator('[data-testid="rf__node-order-service"]')).toBeVisible();
  }
  async selectNode(id: string) {
    await this.page.locator(`[data-testid="rf__node-${id}"]`).click();
    await expect(this.page.getByTestId("inspector.title")).not.toHaveText("Nothing selected");
  }
  async selectEdge(id: string) {
    const edge = this.page.locator(`[data-testid="rf__edge-${id}"]`);
    await edge.locator("path").last().dispatchEvent("click");
    await expect(this.page.getByTestId("inspector.flow")).toBeVisible();
  }
  async clickPane() {
    await this.page.locator(".react-flow__pane").click({ position: { x: 8, y: 8 } });
  }
}

test.describe("inspector", () => {
  let ui: InspectorPage;
  test.beforeEach(async ({ page }) => {
    ui = new InspectorPage(page);
    await ui.openMallGo();
  });

  test("shows a service, renames it on the canvas, and undoes the whole word in one step", async ({ page }) => {
    await ui.selectNode("order-service");
    const name = ui.field("service", "name");
    await expect(name).toHaveValue("order-service");
    await name.fill("");
    await name.pressSequentially("Orders", { delay: 20 });
    await expect(page.getByTestId("node-name.order-service")).toHaveText("Orders");
    await name.press("Enter");
    await ui.clickPane();
    await page.keyboard.press("Control+z");
    await expect(page.getByTestId("node-name.order-service")).toHaveText("order-service");
  });
});
