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

/** The global data every template gets. */
export interface SiteData {
  site: Site;
  drugs: Record<string, Drug>;
  programs: Record<string, Program>;
  glossary: GlossaryEntry[];
  /** The source registry (`_data/sources.ts`), by id. */
  sources: SourceRegistry;
  collections: { posts: PostItem[]; tagList: TagInfo[]; tagPages: TagPage[] };
  page: EleventyPage;
}

export interface Breadcrumb {
  title: string;
  url: string;
}
