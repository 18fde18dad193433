/** See ../home.ts. */
import page from "../home.ts";

export default page("es");
