/** See ../offline.ts. */
import page from "../offline.ts";

export default page("es");
