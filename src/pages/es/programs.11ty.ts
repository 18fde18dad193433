/** See ../programs.ts. */
import page from "../programs.ts";

export default page("es");
