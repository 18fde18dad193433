/** See ../glossary.ts. */
import page from "../glossary.ts";

export default page("es");
