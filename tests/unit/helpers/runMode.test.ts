import { afterEach, describe, expect, it } from "vitest";
import { isPreview } from "../../../src/helpers/runMode.ts";

describe("isPreview", () => {
  const saved = process.env.ELEVENTY_RUN_MODE;
  afterEach(() => {
    if (saved === undefined) delete process.env.ELEVENTY_RUN_MODE;
    else process.env.ELEVENTY_RUN_MODE = saved;
  });

  it("is true for Eleventy's serve and watch modes, given by an event", () => {
    expect(isPreview("serve")).toBe(true);
    expect(isPreview("watch")).toBe(true);
    expect(isPreview("build")).toBe(false);
  });

  it("reads the run mode Eleventy sets in the environment when none is given", () => {
    process.env.ELEVENTY_RUN_MODE = "serve";
    expect(isPreview()).toBe(true);
    process.env.ELEVENTY_RUN_MODE = "build";
    expect(isPreview()).toBe(false);
    delete process.env.ELEVENTY_RUN_MODE;
    expect(isPreview()).toBe(false);
  });
});
