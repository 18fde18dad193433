/** Posts per page of a list (`/posts/`, each tag): about 25 summaries keep each page well under 14 KB gzipped. */
export const postsPerPage = 25;
