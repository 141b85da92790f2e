// The person's own templates (the built-in one lives in the bundle): list, save, rename, delete.
import { liveQuery, type Observable } from 'dexie';
import type { Checklist } from '$lib/checklist/model';
import { db } from './connection';
import { newId } from './ids';
import type { TemplateRecord } from './schema';

/** Every stored template, by name. */
export function watchTemplates(): Observable<TemplateRecord[]> {
	return liveQuery(() => db().templates.orderBy('name').toArray());
}

/** Every stored template, once. */
export function listTemplates(): Promise<TemplateRecord[]> {
	return db().templates.toArray();
}

/** Stores a new template and returns its id. */
export async function saveTemplate(
	name: string,
	source: string,
	model: Checklist
): Promise<string> {
	const now = Date.now();
	const id = newId();
	await db().templates.add({
		id,
		name: name.trim() || model.title,
		source,
		model,
		createdAt: now,
		updatedAt: now
	});
	return id;
}

/** Renames a template. */
export async function renameTemplate(id: string, name: string): Promise<void> {
	const trimmed = name.trim();
	if (!trimmed) throw new Error('A template needs a name.');
	const d = db();
	// get + put: Dexie's typed update() cannot describe the recursive checklist model.
	await d.transaction('rw', d.templates, async () => {
		const template = await d.templates.get(id);
		if (!template) throw new Error('That template no longer exists.');
		await d.templates.put({ ...template, name: trimmed, updatedAt: Date.now() });
	});
}

/** Deletes a template; deployments made from it keep their own snapshot of its text. */
export async function deleteTemplate(id: string): Promise<TemplateRecord | undefined> {
	const d = db();
	return d.transaction('rw', d.templates, async () => {
		const template = await d.templates.get(id);
		await d.templates.delete(id);
		return template;
	});
}

/** Puts a deleted template back (Undo). */
export async function restoreTemplate(template: TemplateRecord): Promise<void> {
	await db().templates.put(template);
}
