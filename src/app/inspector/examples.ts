/**
 * Sample values shown as placeholders: identifiers, paths and product names
 * as they are written in a design, in any language, so they are not in the
 * catalogs (a Chinese team names its events `OrderCreated` too).
 */
export const EXAMPLE = {
  event: "OrderCreated",
  technology: "Go + Gin",
  version: "1.0.0",
  tables: "orders, order_items",
  publicPath: "/api/auth",
  origin: "https://shop.example.com",
  status: "503",
} as const;
