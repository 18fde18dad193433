/** Every template in this folder is a standalone page (`src/model/pageKinds.ts`) unless it names its own `pageKind`. */
export default { pageKind: "page" };
