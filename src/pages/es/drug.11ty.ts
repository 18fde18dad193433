/** The drug pages in es: see ../drug.ts. */
import drugPage from "../drug.ts";

export default drugPage("es");
