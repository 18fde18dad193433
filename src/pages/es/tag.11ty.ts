/** See ../tag.ts. */
import page from "../tag.ts";

export default page("es");
