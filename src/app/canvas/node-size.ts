/** Element sizes now live with the rest of the box geometry; this keeps older imports working. */
export { NODE_SIZE, DEFAULT_CONTEXT_SIZE, CONTEXT_HEADER } from "./element-box";
