/**
 * Which computed style properties a picture carries. html-to-image copies
 * every property the browser knows (about 350) onto every element unless
 * told otherwise; a mall-go SVG came out at 3.8 MB and a 300-service one at
 * 62 MB, drawn in 15 s. These are the ones that change how the canvas looks.
 */

/** Properties a child takes from its parent when it does not set them. */
export const INHERITED = new Set([
  "color", "font-family", "font-size", "font-weight", "font-style", "line-height", "letter-spacing", "word-spacing",
  "text-align", "text-transform", "text-indent", "text-shadow", "white-space", "word-break", "overflow-wrap", "visibility",
  "list-style-type", "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-dashoffset",
  "stroke-linecap", "stroke-linejoin", "stroke-opacity", "-webkit-text-fill-color",
]);

/** Properties that are not inherited, with the value that means "nothing set" (what a clone gets without them). */
export const INITIAL: Record<string, string> = {
  display: "inline", position: "static", top: "auto", right: "auto", bottom: "auto", left: "auto", "z-index": "auto",
  "box-sizing": "content-box", width: "auto", height: "auto", "min-width": "auto", "min-height": "auto", "max-width": "none", "max-height": "none",
  "margin-top": "0px", "margin-right": "0px", "margin-bottom": "0px", "margin-left": "0px",
  "padding-top": "0px", "padding-right": "0px", "padding-bottom": "0px", "padding-left": "0px",
  "border-top-left-radius": "0px", "border-top-right-radius": "0px", "border-bottom-right-radius": "0px", "border-bottom-left-radius": "0px",
  "background-color": "rgba(0, 0, 0, 0)", "background-image": "none", "background-size": "auto", "background-position": "0% 0%", "background-repeat": "repeat", "background-clip": "border-box",
  opacity: "1", "overflow-x": "visible", "overflow-y": "visible", "text-overflow": "clip", "text-decoration-line": "none", "vertical-align": "baseline",
  "flex-direction": "row", "flex-wrap": "nowrap", "flex-grow": "0", "flex-shrink": "1", "flex-basis": "auto",
  "align-items": "normal", "align-self": "auto", "align-content": "normal", "justify-content": "normal", "justify-items": "normal", "justify-self": "auto",
  "row-gap": "normal", "column-gap": "normal", order: "0",
  "grid-template-columns": "none", "grid-template-rows": "none", "grid-column-start": "auto", "grid-column-end": "auto", "grid-row-start": "auto", "grid-row-end": "auto",
  transform: "none", "transform-origin": "", "box-shadow": "none", filter: "none", "clip-path": "none", "object-fit": "fill",
  "outline-style": "none", "outline-width": "0px", "outline-color": "", "outline-offset": "0px",
  "-webkit-line-clamp": "none", "-webkit-box-orient": "horizontal", "table-layout": "auto", "aspect-ratio": "auto",
};

const SIDES = ["top", "right", "bottom", "left"] as const;
/** Borders are judged per side: a side whose style is none draws nothing, whatever its width and colour say. */
export const BORDER_SIDES = SIDES.map((side) => ({ style: `border-${side}-style`, width: `border-${side}-width`, color: `border-${side}-color` }));

/** Everything the picture copies, for html-to-image's `includeStyleProperties`. */
export const PICTURE_STYLE_PROPERTIES = [...INHERITED, ...Object.keys(INITIAL), ...BORDER_SIDES.flatMap((b) => [b.style, b.width, b.color])];
