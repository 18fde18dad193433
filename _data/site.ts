import { defineSite } from "../src/model/schemas/site.ts";

export default defineSite({
  title: "ALS Resources",
  shortTitle: "ALS Info",
  description:
    "Plain-language, sourced information about ALS: treatments, support programs and research news. Reads on any device, with any assistive technology, even offline.",
  // The public address. Deployments override it with the SITE_URL environment variable.
  url: "https://als-resources.example/",
  language: "en",
  disclaimer: "This site is for information only; it does not replace advice from your own care team.",
  maintainer: "the ALS Resources volunteer editors",
  contact: "open an issue in the site's source repository (the \"Issues\" tab), or ask a maintainer you know to do it for you",
  themeColor: "#0b3d62",
});
