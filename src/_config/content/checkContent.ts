/**
 * Checks all content without building HTML: every post's front matter, every data file, and the
 * rules that span files (two posts at one URL, a program naming a drug that does not exist).
 * Returns every problem at once, so a maintainer fixes them in one pass.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { postFrontMatterSchema, type PostFrontMatter } from "../schemas/post.ts";
import type { Drug } from "../schemas/drug.ts";
import type { Program } from "../schemas/program.ts";
import { dataFolder, postsFolder, postUrl } from "../paths.ts";
import { readDataFile } from "./dataFiles.ts";
import { describeYamlError, parsePost } from "./frontMatter.ts";
import { problemsFromZod, type ContentProblem } from "./problems.ts";

export interface CheckedPost {
  file: string;
  url: string;
  frontMatter: PostFrontMatter;
  body: string;
}

export interface ContentCheck {
  problems: ContentProblem[];
  posts: CheckedPost[];
  drugs: Drug[];
  programs: Program[];
}

/** Extra checks on a post's markdown body (the safe-HTML allow-list plugs in here). */
export type BodyCheck = (file: string, body: string) => ContentProblem[];

async function listFiles(folder: string, extension: string): Promise<string[]> {
  try {
    const names = await readdir(folder);
    return names.filter((name) => name.endsWith(extension)).sort();
  } catch {
    return [];
  }
}

async function checkPosts(root: string, bodyChecks: BodyCheck[]): Promise<{ posts: CheckedPost[]; problems: ContentProblem[] }> {
  const posts: CheckedPost[] = [];
  const problems: ContentProblem[] = [];
  for (const name of await listFiles(path.join(root, postsFolder), ".md")) {
    const file = `${postsFolder}/${name}`;
    const source = await readFile(path.join(root, file), "utf8");
    let parsed;
    try {
      parsed = parsePost(source);
    } catch (error) {
      problems.push({ file, field: "front matter", message: describeYamlError(error) });
      continue;
    }
    for (const check of bodyChecks) problems.push(...check(file, parsed.body));
    const result = postFrontMatterSchema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      problems.push(...problemsFromZod(file, result.error));
      continue;
    }
    posts.push({ file, url: postUrl(path.basename(name, ".md")), frontMatter: result.data, body: parsed.body });
  }
  problems.push(...duplicateUrls(posts));
  return { posts, problems };
}

function duplicateUrls(posts: CheckedPost[]): ContentProblem[] {
  const firstFileAt = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    const earlier = firstFileAt.get(post.url);
    if (earlier) {
      problems.push({
        file: post.file,
        field: "url",
        message: `"${post.url}" is also the address of ${earlier} (expected a file name that gives a different address; rename one of the two files)`,
      });
    } else {
      firstFileAt.set(post.url, post.file);
    }
  }
  return problems;
}

async function checkDataFiles(root: string): Promise<{ drugs: Drug[]; programs: Program[]; problems: ContentProblem[] }> {
  const drugs: Drug[] = [];
  const programs: Program[] = [];
  const problems: ContentProblem[] = [];
  const files = [
    ...(await listFiles(path.join(root, dataFolder, "drugs"), ".ts")).map((name) => `${dataFolder}/drugs/${name}`),
    ...(await listFiles(path.join(root, dataFolder, "programs"), ".ts")).map((name) => `${dataFolder}/programs/${name}`),
    ...(await listFiles(path.join(root, dataFolder), ".ts")).map((name) => `${dataFolder}/${name}`),
  ];
  for (const file of files) {
    const loaded = await readDataFile(path.join(root, file), file);
    if (Array.isArray(loaded)) problems.push(...loaded);
    else if (loaded.kind === "drug") drugs.push(loaded.value);
    else if (loaded.kind === "program") programs.push(loaded.value);
  }
  const drugSlugs = new Set(drugs.map((drug) => drug.slug));
  for (const program of programs) {
    program.relatedDrugs?.forEach((slug, index) => {
      if (!drugSlugs.has(slug)) {
        problems.push({
          file: `${dataFolder}/programs/${program.slug}.ts`,
          field: `relatedDrugs.${index}`,
          message: `"${slug}" is not a drug (expected the name of a file in ${dataFolder}/drugs/, without .ts)`,
        });
      }
    });
  }
  return { drugs, programs, problems };
}

export async function checkContent(root: string, bodyChecks: BodyCheck[] = []): Promise<ContentCheck> {
  const [posts, data] = await Promise.all([checkPosts(root, bodyChecks), checkDataFiles(root)]);
  return { problems: [...posts.problems, ...data.problems], posts: posts.posts, drugs: data.drugs, programs: data.programs };
}
