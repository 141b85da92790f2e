// The checklist model: what a Markdown checklist means, as plain JSON.
// It is produced once per template (at build time for the built-in one) and stored with each
// template and run snapshot, so opening a deployment never needs the Markdown parser.

/** Inline content, already safe to render as text: no HTML survives into it. */
export type Inline =
	| { t: 'text'; v: string }
	| { t: 'code'; v: string }
	| { t: 'strong' | 'em' | 'del'; c: Inline[] }
	| { t: 'link'; href: string; c: Inline[] }
	| { t: 'image'; src: string; alt: string }
	| { t: 'br' };

/** A half-open range of offsets into the template's (normalised) Markdown source. */
export type Span = [start: number, end: number];

/** A checkbox task. `mark` is the offset of the character between its brackets. */
export interface Task {
	kind: 'task';
	id: string;
	text: string;
	inline: Inline[];
	checked: boolean;
	mark: number;
	/** Plain bullets, paragraphs and code under the task: its description. */
	blocks: Block[];
	children: Task[];
}

/** A blank to fill in, such as `**Version**: ____`. */
export interface Field {
	kind: 'field';
	id: string;
	label: string;
	input: 'text' | 'date';
	blank: Span;
}

/** A category rated 1..max, such as `Security: _____ / 5`. */
export interface Rating {
	kind: 'rating';
	id: string;
	label: string;
	max: number;
	blank: Span;
}

/** A computed sum of the ratings, such as `**Overall Score**: _____ / 25`. */
export interface Total {
	kind: 'total';
	id: string;
	label: string;
	max: number;
	blank: Span;
}

/** The pass mark for the total, such as `**Minimum passing score**: 20/25`. */
export interface Threshold {
	kind: 'threshold';
	label: string;
	value: number;
	max: number;
}

/** A fixed `**Label**: value` line, such as the footer's checklist version. */
export interface Meta {
	kind: 'meta';
	label: string;
	value: Inline[];
}

/** A list item that is neither a task nor a blank: shown as it is. */
export interface TextItem {
	kind: 'text';
	inline: Inline[];
	blocks: Block[];
}

export type Line = Field | Rating | Total | Threshold | Meta;
export type ListEntry = Task | Field | Rating | TextItem;

/** A fill-in table cell; `blank` is the range between its pipes. */
export interface Cell {
	kind: 'cell';
	id: string;
	/** The accessible label, e.g. "Developer name". */
	label: string;
	column: string;
	input: 'text' | 'date';
	blank: Span;
}

export interface TableRow {
	key: string;
	cells: (Cell | { kind: 'fixed'; inline: Inline[] })[];
}

export type Block =
	| { kind: 'paragraph'; inline: Inline[] }
	| { kind: 'lines'; lines: Line[] }
	| { kind: 'list'; ordered: boolean; start: number; items: ListEntry[] }
	| { kind: 'code'; id: string; lang: string; code: string; expected: string[] }
	| {
			kind: 'table';
			id: string;
			signoff: boolean;
			columns: Inline[][];
			rows: TableRow[];
	  }
	| { kind: 'notes'; id: string; label: string; hint: Inline[]; insertAt: number }
	| { kind: 'quote'; alert: string | null; blocks: Block[] }
	| { kind: 'rule' };

export interface Section {
	id: string;
	level: number;
	title: string;
	inline: Inline[];
	blocks: Block[];
	sections: Section[];
}

/** What the importer saw and what it left out, for the preview before saving. */
export interface Diagnostics {
	tasks: number;
	nestedTasks: number;
	sections: number;
	headings: [h1: number, h2: number, h3: number, h4: number, h5: number, h6: number];
	commands: number;
	fields: number;
	ratings: number;
	tables: number;
	leftOut: { tocLinks: number; htmlComments: number; html: number; definitions: number };
	/** Things the importer could not use, in words (e.g. unreadable front matter). */
	problems?: string[];
}

/** A value the commands need, such as the app name. See src/lib/commands/variables.ts. */
export interface VariableDef {
	name: string;
	label: string;
	/** The texts in the commands this value replaces. */
	placeholders: string[];
	/** `target-*` values come from the Target URL; the rest are typed per deployment. */
	source: 'target-base' | 'target-host' | 'typed';
	hint?: string;
}

export interface Checklist {
	/** Format version of this JSON, bumped when its shape changes. */
	format: 1;
	title: string;
	frontmatter: string | null;
	/** Blocks before the first heading. */
	blocks: Block[];
	sections: Section[];
	/** Ids of the fields that describe the deployment (those before the first section body). */
	header: string[];
	/** Variables declared in the front matter (`variables:`); optional in older snapshots. */
	variables?: VariableDef[];
	diagnostics: Diagnostics;
}

/** Every item that holds a value in a run. */
export type Fillable = Task | Field | Rating | Cell | Extract<Block, { kind: 'notes' }>;

/** What a run stores per item: a tick, a text, a rating or nothing yet. */
export type EntryValue = boolean | string | number | null;
