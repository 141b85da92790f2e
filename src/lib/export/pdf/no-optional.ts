// Stands in for jsPDF's optional dependencies (html2canvas, DOMPurify, canvg). Shipshape draws
// text and lines only, so they are never called; aliasing them here keeps ~550 kB of code out
// of the build and the precache.
const unavailable = () => {
	throw new Error('Not included in Shipshape: jsPDF HTML and SVG rendering are not used.');
};

export default unavailable;
export const Canvg = { fromString: unavailable };
export const sanitize = unavailable;
