import { describe, expect, it } from "vitest";
import { html, raw } from "../../../src/helpers/html.ts";

describe("html template tag", () => {
  it("escapes interpolated text", () => {
    expect(String(html`<p title="${'a"b'}">${"<script>"}</p>`)).toBe('<p title="a&quot;b">&lt;script&gt;</p>');
  });
  it("inserts nested templates and trusted markup as they are", () => {
    expect(String(html`<ul>${["a", "b"].map((item) => html`<li>${item}</li>`)}</ul>`)).toBe("<ul><li>a</li><li>b</li></ul>");
    expect(String(html`${raw("<em>x</em>")}`)).toBe("<em>x</em>");
  });
  it("renders nothing for null, undefined and false", () => {
    expect(String(html`[${null}${undefined}${false}]`)).toBe("[]");
  });
});
