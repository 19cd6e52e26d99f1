import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  root: new URL(".", import.meta.url).pathname,
  base: "./",
  plugins: [react()],
  build: { outDir: new URL("../../.tmp/bench-tuned", import.meta.url).pathname, emptyOutDir: true, reportCompressedSize: false },
  logLevel: "warn",
});
