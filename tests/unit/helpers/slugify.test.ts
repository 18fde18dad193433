import { describe, expect, it } from "vitest";
import { slugify } from "../../../src/helpers/slugify.ts";

describe("slugify", () => {
  it("makes URL-safe slugs", () => {
    expect(slugify("Genetic Testing!")).toBe("genetic-testing");
    expect(slugify("2023 In Review")).toBe("2023-in-review");
    expect(slugify("Café & ALS")).toBe("cafe-and-als");
    expect(slugify("--SOD1-ALS--")).toBe("sod1-als");
  });
});
