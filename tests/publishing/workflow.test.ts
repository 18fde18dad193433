/**
 * The deploy workflow (.github/workflows/deploy.yml): valid YAML, only GitHub's own actions, each pinned to a
 * commit, a supported Node.js, the right triggers, and a deploy job that runs only for a push to main, with the
 * least permissions.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/project.ts";

interface Step {
  name?: string;
  if?: string;
  "continue-on-error"?: boolean;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  id?: string;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  on: { push?: { branches?: string[] }; pull_request?: unknown; schedule?: Array<{ cron: string }> };
  permissions: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

describe("the deploy workflow", () => {
  let text: string;
  let workflow: Workflow;
  beforeAll(async () => {
    text = await readFile(path.join(projectRoot, ".github/workflows/deploy.yml"), "utf8");
    // GitHub reads YAML 1.2: `on` is a key, not the boolean true.
    workflow = load(text, { schema: CORE_SCHEMA }) as Workflow;
  });

  const allSteps = () => Object.values(workflow.jobs).flatMap((job) => job.steps);

  it("is valid YAML with jobs", () => {
    expect(workflow).toBeTypeOf("object");
    expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0);
    for (const job of Object.values(workflow.jobs)) expect(job.steps.length).toBeGreaterThan(0);
  });

  it("uses only GitHub's official actions (actions/…), each pinned to a full commit SHA with its version in a comment", () => {
    const uses = allSteps().flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    // A tag can be moved to other code; a commit SHA cannot.
    for (const action of uses) expect(action).toMatch(/^actions\/[a-z-]+@[0-9a-f]{40}$/);
    expect(uses).toEqual(
      expect.arrayContaining(
        ["actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"].map((name): unknown =>
          expect.stringMatching(new RegExp(`^${name}@`)),
        ),
      ),
    );
    // YAML parsing drops comments, so the version comment (which Dependabot updates with the SHA) is read
    // from the raw text: every `uses:` line ends in `# v<major>...`.
    const lines = text.split("\n").filter((line) => /^\s*(?:-\s+)?uses:/.test(line));
    expect(lines).toHaveLength(uses.length);
    for (const line of lines) expect(line).toMatch(/^\s*(?:-\s+)?uses: actions\/[a-z-]+@[0-9a-f]{40} # v\d+(?:\.\d+)*\s*$/);
    // Each action is pinned to the same commit and version everywhere it is used.
    const pins = new Map<string, Set<string>>();
    for (const line of lines) {
      const [, name, pin] = /(actions\/[a-z-]+)@(.+?)\s*$/.exec(line)!;
      pins.set(name!, (pins.get(name!) ?? new Set()).add(pin!));
    }
    for (const [name, versions] of pins) expect([...versions], name).toHaveLength(1);
  });

  it("runs a supported Node.js LTS, not the end-of-life Node 20, while package.json still allows Node 20", async () => {
    const setups = allSteps().filter((step) => step.uses?.startsWith("actions/setup-node@"));
    expect(setups.length).toBeGreaterThan(0);
    // One setting for the whole workflow.
    for (const step of setups) expect(step.with?.["node-version"]).toBe("${{ env.NODE_VERSION }}");
    const version = workflow.env?.NODE_VERSION ?? "";
    expect(version).toMatch(/^\d+(?:\.\d+){0,2}$/);
    expect(Number(version.split(".")[0])).toBeGreaterThan(20);
    const packageJson = JSON.parse(await readFile(path.join(projectRoot, "package.json"), "utf8")) as { engines?: { node?: string } };
    expect(packageJson.engines?.node).toBe(">=20");
  });

  it("runs on a push to main, on pull requests and on a weekly schedule", () => {
    expect(workflow.on.push?.branches).toEqual(["main"]);
    expect(workflow.on).toHaveProperty("pull_request");
    const [schedule] = workflow.on.schedule ?? [];
    // minute hour * * one-day-of-week: once a week.
    expect(schedule?.cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
  });

  it("deploys only on a push to main (after the tests) or in the weekly run, with the only write permissions", () => {
    const deployers = Object.entries(workflow.jobs).filter(([, job]) => job.steps.some((step) => step.uses?.startsWith("actions/deploy-pages@")));
    expect(deployers.map(([name]) => name).sort()).toEqual(["deploy", "weekly"]);
    const deploy = workflow.jobs.deploy!;
    expect(deploy.if?.replace(/\s+/g, " ")).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(deploy.needs).toBe("test");
    expect(workflow.jobs.weekly!.if).toBe("github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'");
    for (const [, job] of deployers) {
      expect(job.environment?.name).toBe("github-pages");
      expect(job.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
    }
    expect(workflow.permissions).toEqual({ contents: "read" });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (deployers.some(([, deployer]) => deployer === job)) continue;
      expect(job.permissions ?? {}, `job ${name}`).not.toHaveProperty("pages");
      expect(job.permissions ?? {}, `job ${name}`).not.toHaveProperty("id-token");
    }
  });

  it("installs with npm ci, tests, builds with the Pages address and path, and uploads _site", () => {
    const deploy = workflow.jobs.deploy!;
    const runs = deploy.steps.map((step) => step.run ?? "");
    expect(runs.some((run) => run.startsWith("npm ci"))).toBe(true);
    const pages = deploy.steps.find((step) => step.uses?.startsWith("actions/configure-pages@"))!;
    // --check: the files about to be uploaded pass the site checks first.
    const build = deploy.steps.find((step) => step.run === "npm run build -- --check")!;
    expect(build.env).toEqual({ SITE_URL: `\${{ steps.${pages.id}.outputs.base_url }}`, PATH_PREFIX: `\${{ steps.${pages.id}.outputs.base_path }}` });
    expect(deploy.steps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact@"))?.with).toEqual({ path: "_site" });

    const test = workflow.jobs.test!;
    expect(test.if).toBe("github.event_name != 'schedule'");
    expect(test.steps.some((step) => step.run?.startsWith("npm ci"))).toBe(true);
    expect(test.steps.some((step) => step.run === "npm test")).toBe(true);
    expect(test.steps.some((step) => step.run?.includes("CHROMIUM_PATH="))).toBe(true);
  });

  it("the weekly run deploys first, then checks source links, then fails on overdue reviews", () => {
    const weekly = workflow.jobs.weekly!;
    const position = (test: (step: Step) => boolean, what: string) => {
      const index = weekly.steps.findIndex(test);
      expect(index, what).toBeGreaterThanOrEqual(0);
      return index;
    };
    const build = position((step) => step.run === "npm run build -- --check", "a non-strict build with the site checks");
    const upload = position((step) => step.uses?.startsWith("actions/upload-pages-artifact@") === true, "the upload");
    const deploy = position((step) => step.uses?.startsWith("actions/deploy-pages@") === true, "the deploy");
    const links = position((step) => step.run === "npm run check-source-links", "the source link check");
    const reviews = position((step) => step.run === "npm run check -- --strict", "the strict review check");
    // Order: build, upload, deploy, and only then the two checks that may fail the run.
    expect([build, upload, deploy, links, reviews]).toEqual([...[build, upload, deploy, links, reviews]].sort((a, b) => a - b));
    // The strict check runs even when the link check failed, so both problems are reported.
    expect(weekly.steps[reviews]!.if).toBe("${{ !cancelled() }}");
    // No step may swallow a failure (that would hide a dead link or an overdue review).
    for (const step of weekly.steps) expect(step["continue-on-error"], step.name).toBeUndefined();
    // The weekly build is never --strict: an overdue page is published with its notice.
    expect(weekly.steps.some((step) => /--strict/.test(step.run ?? "") && /build/.test(step.run ?? ""))).toBe(false);
    // Nothing but the weekly job runs on the schedule.
    const scheduled = Object.entries(workflow.jobs).filter(([, job]) => job.if?.includes("'schedule'") && !job.if.includes("!="));
    expect(scheduled.map(([name]) => name)).toEqual(["weekly"]);
  });
});
