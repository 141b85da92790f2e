// Says in words what the importer made of a template, for the preview before saving it.
import type { Diagnostics } from './model.ts';

function count(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** E.g. "63 tasks in 12 sections; 3 fields; left out: 3 table-of-contents links, 1 HTML comment". */
export function describeDiagnostics(d: Diagnostics): string {
	const nested = d.nestedTasks ? ` (${d.nestedTasks} nested)` : '';
	const parts = [`${count(d.tasks, 'task')}${nested} in ${count(d.sections, 'section')}`];
	const found = [
		d.fields ? count(d.fields, 'field') : '',
		d.ratings ? count(d.ratings, 'rating') : '',
		d.commands ? count(d.commands, 'command') : '',
		d.tables ? count(d.tables, 'table') : ''
	].filter(Boolean);
	if (found.length) parts.push(found.join(', '));
	const left = d.leftOut;
	const leftOut = [
		left.tocLinks ? count(left.tocLinks, 'table-of-contents link') : '',
		left.htmlComments ? count(left.htmlComments, 'HTML comment') : '',
		left.html ? `${count(left.html, 'raw HTML block')} (shown as plain text)` : '',
		left.definitions ? count(left.definitions, 'link definition') : ''
	].filter(Boolean);
	if (leftOut.length) parts.push(`left out: ${leftOut.join(', ')}`);
	const summary = parts.join('; ');
	const problems = d.problems ?? [];
	return problems.length ? `${summary}. ${problems.join(' ')}` : summary;
}
