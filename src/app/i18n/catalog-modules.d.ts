/** A locale's catalog compiled for Lingui at build time (scripts/vite-lingui-catalogs.ts). */
declare module "virtual:seams-catalog/*" {
  import type { Messages } from "@lingui/core";
  const messages: Messages;
  export default messages;
}
