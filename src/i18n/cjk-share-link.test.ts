import { describe, expect, it } from "vitest";
import { decodeShareFragment, encodeShareFragment, SAFE_LINK_CHARS, TEMPLATES, type Design } from "../core/index";

/** mall-go with every name and description in Chinese (ids stay as they are). */
export function chineseMallGo(): Design {
  const d = TEMPLATES.find((t) => t.id === "mall-go")!.create();
  const zh = (i: number) => `${["用户", "订单", "商品", "库存", "支付", "购物车", "搜索", "通知", "物流", "评价"][i % 10]}服务`;
  return {
    ...d,
    name: "mall-go 电商平台",
    description: "七个限界上下文中的十个服务，一个 API 网关和 Kafka 事件。",
    contexts: d.contexts?.map((c, i) => ({ ...c, name: `${["用户管理", "订单管理", "商品目录", "库存", "支付", "营销", "通知"][i % 7]}上下文` })),
    services: d.services?.map((s, i) => ({ ...s, name: zh(i), description: `${zh(i)}：负责${zh(i)}相关的业务` })),
    databases: d.databases?.map((db, i) => ({ ...db, name: `${zh(i)}数据库` })),
  };
}

describe("share links with Chinese names", () => {
  it("mall-go in Chinese round-trips and stays under the safe link length", () => {
    const english = TEMPLATES.find((t) => t.id === "mall-go")!.create();
    const chinese = chineseMallGo();
    const en = encodeShareFragment(english);
    const zh = encodeShareFragment(chinese);
    const back = decodeShareFragment(zh);
    expect(back.ok && back.design.services?.map((s) => s.name)).toEqual(chinese.services?.map((s) => s.name));
    expect(zh.length).toBeLessThan(SAFE_LINK_CHARS);
    console.log(`share fragment: mall-go English ${en.length} chars, Chinese names ${zh.length} chars (safe: ${SAFE_LINK_CHARS})`);
  });
});
