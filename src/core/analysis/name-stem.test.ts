import { describe, expect, it } from "vitest";
import { stemOf } from "./name-stem";

describe("stemOf", () => {
  it("takes the first meaningful word of kebab, snake, camel and spaced names", () => {
    expect(["user-profile-service", "user_address", "UserPreferenceService", "User Settings"].map(stemOf)).toEqual(["user", "user", "user", "user"]);
  });

  it("skips generic words and folds a plural", () => {
    expect(stemOf("api-orders")).toBe("order");
    expect(stemOf("address-service")).toBe("address");
    expect(stemOf("service")).toBeUndefined();
  });

  it("keeps non-ASCII words whole", () => {
    expect(stemOf("Über-Konto")).toBe("über");
    expect(stemOf("用户 服务")).toBe("用户");
  });
});
