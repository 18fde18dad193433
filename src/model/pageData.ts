/**
 * What templates receive. Every type here comes from a zod schema (through `z.infer`) plus the fields
 * Eleventy adds, so a template that reads a field the schema does not define fails `tsc`.
 */
import type { Drug } from "./schemas/drug.ts";
import type { GlossaryEntry } from "./schemas/glossary.ts";
import type { PostFrontMatter } from "./schemas/post.ts";
import type { Program } from "./schemas/program.ts";
import type { Site } from "./schemas/site.ts";
import type { SourceRegistry } from "./schemas/source.ts";
import type { CollectionItem, EleventyPage } from "./eleventy.ts";
import type { PageKindName } from "./pageKinds.ts";
import type { DrugTranslation, GlossaryTranslation, ProgramTranslation } from "./schemas/translations.ts";

/** One language's translations (`_data/es/…`), by the English entry's slug. */
export interface Translations {
  drugs?: Record<string, DrugTranslation>;
  programs?: Record<string, ProgramTranslation>;
  glossary?: GlossaryTranslation;
}

export type PostItem = CollectionItem<PostFrontMatter>;

export interface TagInfo {
  name: string;
  slug: string;
  posts: PostItem[];
}

/** One page of a tag's posts (newest first). `number` is 1-based. */
export interface TagPage {
  tag: TagInfo;
  number: number;
  total: number;
  posts: PostItem[];
}

/** The data every page template gets: the global data, plus its kind and title. */
export interface SiteData {
  site: Site;
  drugs: Record<string, Drug>;
  programs: Record<string, Program>;
  glossary: GlossaryEntry[];
  /** The source registry (`_data/sources.ts`), by id. */
  sources: SourceRegistry;
  /** The Spanish translations (`_data/es/`). */
  es?: Translations;
  collections: { posts: PostItem[]; tagList: TagInfo[]; tagPages: TagPage[]; postsEs: PostItem[]; tagListEs: TagInfo[]; tagPagesEs: TagPage[] };
  page: EleventyPage;
  /** The page's kind (`src/model/pageKinds.ts`): set by its template, or by its folder's data file. */
  pageKind: PageKindName;
  /** The page's own title, as data, so the build's offline page list reads it too; the site name is added in `<title>`. */
  title: string;
}

export interface Breadcrumb {
  title: string;
  url: string;
}
