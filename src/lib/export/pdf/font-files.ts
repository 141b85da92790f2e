// The names of the PDF fonts, shared by the build plugin that emits them and the loader.

/** File names under `${base}/fonts/`, by the role each font plays. */
export const PDF_FONT_FILES = {
	regular: 'NotoSans-Regular.ttf',
	bold: 'NotoSans-Bold.ttf',
	cjk: 'NotoSansSC-Regular.ttf'
} as const;
