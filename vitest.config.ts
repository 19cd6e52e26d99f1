import { defineConfig } from "vitest/config";
import { linguiCatalogs } from "./scripts/vite-lingui-catalogs.ts";

export default defineConfig({
  // App modules under test may reach the app's i18n, which imports the compiled catalogs.
  plugins: [linguiCatalogs("src/i18n/locales")],
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
