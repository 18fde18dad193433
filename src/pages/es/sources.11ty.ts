/** See ../sources.ts. */
import page from "../sources.ts";

export default page("es");
