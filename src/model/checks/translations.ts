/**
 * Checks every translation against its English entry, with the same schemas the build uses: a translation
 * file with a mistake stops the build, naming file and field; a missing or outdated translation, or a text
 * whose numbers no longer match the English (shown in English until it is translated again), is a warning
 * that `npm run check` and `npm run translation-status` list.
 */
import { readFileSync } from "node:fs";
import { access, readdir } from "node:fs/promises";
import path from "node:path";
import type { Drug } from "../schemas/drug.ts";
import type { Program } from "../schemas/program.ts";
import type { GlossaryEntry } from "../schemas/glossary.ts";
import { postTranslationSchema, type PostTranslation } from "../schemas/translations.ts";
import { dataFolder, postsFolder, translatedPostsFolder } from "../paths.ts";
import { translatedLanguages, type Lang } from "../languages.ts";
import {
  localizeDrug,
  localizeProgram,
  proseOfDrug,
  proseOfPost,
  proseOfProgram,
  proseHash,
  sameNumerals,
  translationState,
  translationStateOfHash,
  type Localized,
  type TranslationState,
} from "../translations.ts";
import { readDataFile } from "./dataFiles.ts";
import { drugProse, programProse } from "./pageReadability.ts";
import { describeYamlError, parsePost } from "./frontMatter.ts";
import { problemsFromZod, type ContentProblem } from "./problems.ts";
import { dataTextProblems, type BodyCheck } from "./textFields.ts";

export type TranslationStatus = TranslationState | "missing";

export interface TranslationEntry {
  lang: Lang;
  /** The translation's file (which may not exist yet). */
  file: string;
  /** The English file it translates. */
  english: string;
  status: TranslationStatus;
  /** The hash of the English prose as it is now: what `translatedFrom` must say. */
  currentHash: string;
  /** Texts shown in English because their numbers no longer match the English. */
  numbersDiffer: string[];
}

export interface TranslationCheck {
  problems: ContentProblem[];
  warnings: ContentProblem[];
  entries: TranslationEntry[];
  /** The translated pages' prose, for the reading-ease report: drugs and programs in their language, and posts. */
  translated: Array<{ lang: Lang; file: string; summary: string; prose: string }>;
}

export interface EnglishContent {
  drugs: Drug[];
  programs: Program[];
  glossary?: GlossaryEntry[];
  posts: Array<{ file: string; frontMatter: { title: string; summary: string; changes?: Array<{ change: string }>; draft?: boolean }; body: string }>;
}

/**
 * Each post's prose hash, kept with the post. The preview checks all content on every save and reuses the
 * outcome, post object included, of every post whose text is unchanged (checkContent.ts), so hashing 4,000
 * posts' prose again on each save (about 80 ms) is left for the one that changed.
 */
const postProseHashes = new WeakMap<EnglishContent["posts"][number], string>();

function postProseHash(post: EnglishContent["posts"][number]): string {
  let hash = postProseHashes.get(post);
  if (hash === undefined) {
    hash = proseHash(proseOfPost(post.frontMatter, post.body));
    postProseHashes.set(post, hash);
  }
  return hash;
}

/** The glossary's prose, entry by entry, in the order of the English file. */
export function proseOfGlossary(entries: readonly GlossaryEntry[]): object {
  return entries.map((entry) => ({ term: entry.term, abbreviation: entry.abbreviation, also: entry.also, definition: entry.definition }));
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

const messages: Record<Exclude<TranslationStatus, "current">, (english: string) => string> = {
  missing: () => "has no translation yet (its English page is shown in English only; start one with `npm run new -- translation <file>`)",
  outdated: (english) =>
    `is outdated: ${english} has changed since it was translated (update the translation, then run \`npm run translation-status -- --mark-current <file>\`; the page shows a notice until then)`,
  unstamped: () => 'says translatedFrom: "new" (run `npm run translation-status -- --mark-current <file>` once the translation is done)',
};

/**
 * One translated post on its own: its front matter against the schema, then its texts and body against the
 * body checks (and TODO notes, unless allowed or the translation is a draft). The translation is returned
 * once its front matter is valid, with any problems in its texts.
 */
export function checkTranslatedPost(
  file: string,
  source: string,
  bodyChecks: BodyCheck[],
  allowTodos: boolean,
): { problems: ContentProblem[]; translation?: { frontMatter: PostTranslation; body: string } } {
  let parsed;
  try {
    parsed = parsePost(source);
  } catch (error) {
    return { problems: [{ file, field: "front matter", message: describeYamlError(error) }] };
  }
  const result = postTranslationSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) return { problems: problemsFromZod(file, result.error) };
  // A draft translation may keep its TODO notes, as a draft post does; the body checks still apply.
  const problems = dataTextProblems(file, { ...result.data, body: parsed.body }, bodyChecks, allowTodos || result.data.draft === true, "the translation");
  return { problems, translation: { frontMatter: result.data, body: parsed.body } };
}

/**
 * `bodyChecks` run on every translated text, as on the English ones (translations are markdown too);
 * "TODO: translate" notes (left by `npm run new -- translation`) may stay only with `allowTodos` (the preview).
 */
export async function checkTranslations(
  root: string,
  english: EnglishContent,
  { bodyChecks = [], allowTodos = false }: { bodyChecks?: BodyCheck[]; allowTodos?: boolean } = {},
): Promise<TranslationCheck> {
  const problems: ContentProblem[] = [];
  const translated: TranslationCheck["translated"] = [];
  const textProblems = (file: string, value: unknown) => problems.push(...dataTextProblems(file, value, bodyChecks, allowTodos, "the translation"));
  const entries: TranslationEntry[] = [];
  for (const lang of translatedLanguages) {
    const data = async (kind: "drugs" | "programs", slug: string) => {
      const file = `${dataFolder}/${lang}/${kind}/${slug}.ts`;
      if (!(await exists(path.join(root, file)))) return { file, loaded: undefined };
      const loaded = await readDataFile(path.join(root, file), file);
      if (Array.isArray(loaded)) {
        problems.push(...loaded);
        return { file, loaded: undefined, failed: true };
      }
      textProblems(file, loaded.value);
      return { file, loaded: loaded.value as never };
    };
    /** One drug's or program's translation: its state, the numbers that differ, and its prose to read. */
    const entryOf = async <T extends { slug: string; summary: string }>(
      kind: "drugs" | "programs",
      entry: T,
      prose: object,
      localize: (translation: never) => Localized<T>,
      readable: (value: T) => string,
    ) => {
      const { file, loaded, failed } = await data(kind, entry.slug);
      if (failed) return;
      const localized = loaded ? localize(loaded) : undefined;
      if (localized) translated.push({ lang, file, summary: localized.value.summary, prose: readable(localized.value) });
      entries.push({
        lang,
        file,
        english: `${dataFolder}/${kind}/${entry.slug}.ts`,
        status: loaded ? translationState((loaded as { translatedFrom: string }).translatedFrom, prose) : "missing",
        currentHash: proseHash(prose),
        numbersDiffer: localized ? [...localized.inEnglish].filter(([, why]) => why === "numbers").map(([field]) => field) : [],
      });
    };
    for (const drug of english.drugs) await entryOf("drugs", drug, proseOfDrug(drug), (translation) => localizeDrug(drug, translation), drugProse);
    for (const program of english.programs) {
      await entryOf("programs", program, proseOfProgram(program), (translation) => localizeProgram(program, translation), programProse);
    }
    if (english.glossary) {
      const file = `${dataFolder}/${lang}/glossary.ts`;
      const prose = proseOfGlossary(english.glossary);
      const loaded = (await exists(path.join(root, file))) ? await readDataFile(path.join(root, file), file) : undefined;
      if (Array.isArray(loaded)) problems.push(...loaded);
      else {
        const translation = loaded?.kind === "glossary-translation" ? loaded.value : undefined;
        if (translation) textProblems(file, translation);
        const numbersDiffer = english.glossary.flatMap((entry) => {
          const translated = translation?.entries[entry.term];
          return translated && !sameNumerals(entry.definition, translated.definition) ? [`entries.${entry.term}.definition`] : [];
        });
        for (const term of Object.keys(translation?.entries ?? {})) {
          if (!english.glossary.some((entry) => entry.term === term)) {
            problems.push({
              file,
              field: `entries.${term}`,
              message: `translates a term the English glossary does not have (expected one of the English terms, spelled as in ${dataFolder}/glossary.ts)`,
            });
          }
        }
        entries.push({
          lang,
          file,
          english: `${dataFolder}/glossary.ts`,
          status: translation ? translationState(translation.translatedFrom, prose) : "missing",
          currentHash: proseHash(prose),
          numbersDiffer,
        });
      }
    }
    const slugs = new Set(english.posts.map((post) => path.basename(post.file, ".md")));
    // The folder is listed once, and the translations read synchronously (as in `checkPosts`, checkContent.ts):
    // asking the disk about each of 4,000 posts in turn took over a second, on every save under `npm start`.
    const translatedNames = await readdir(path.join(root, translatedPostsFolder(lang))).catch(() => [] as string[]);
    const translatedFiles = new Set(translatedNames);
    for (const post of english.posts) {
      if (post.frontMatter.draft === true) continue;
      const slug = path.basename(post.file, ".md");
      const file = `${translatedPostsFolder(lang)}/${slug}.md`;
      const currentHash = postProseHash(post);
      let status: TranslationStatus = "missing";
      if (translatedFiles.has(`${slug}.md`)) {
        let source: string;
        try {
          source = readFileSync(path.join(root, file), "utf8");
        } catch (error) {
          problems.push({ file, field: "front matter", message: describeYamlError(error) });
          continue;
        }
        const checked = checkTranslatedPost(file, source, bodyChecks, allowTodos);
        problems.push(...checked.problems);
        if (!checked.translation) continue;
        const { frontMatter, body } = checked.translation;
        if (frontMatter.draft !== true) translated.push({ lang, file, summary: frontMatter.summary, prose: `${frontMatter.summary}\n\n${body}` });
        status = translationStateOfHash(frontMatter.translatedFrom, currentHash);
      }
      entries.push({ lang, file, english: post.file, status, currentHash, numbersDiffer: [] });
    }
    // A translated post with no English original would be a page with nothing to pair with.
    for (const name of translatedNames.filter((name) => name.endsWith(".md"))) {
      if (!slugs.has(path.basename(name, ".md"))) {
        problems.push({
          file: `${translatedPostsFolder(lang)}/${name}`,
          field: "(whole file)",
          message: `translates no post (expected a file of the same name in ${postsFolder}/; a translation starts from its English post)`,
        });
      }
    }
  }
  const warnings = entries.flatMap((entry): ContentProblem[] => [
    ...(entry.status === "current" ? [] : [{ file: entry.file, field: "translatedFrom", message: messages[entry.status](entry.english) }]),
    ...entry.numbersDiffer.map((field) => ({
      file: entry.file,
      field,
      message: `has numbers that differ from ${entry.english} (it is shown in English until it is translated again with the English numbers)`,
    })),
  ]);
  return { problems, warnings, entries, translated };
}
