/** See ../drugs.ts. */
import page from "../drugs.ts";

export default page("es");
