// The templates page: stored templates plus the built-in one, importing with a preview,
// renaming, deleting with Undo, and starting a deployment from any of them.
import type { Checklist } from '$lib/checklist/model';
import {
	createDeployment,
	deleteTemplate,
	describeStorageError,
	openDatabase,
	renameTemplate,
	restoreTemplate,
	saveTemplate,
	watchTemplates,
	type TemplateInput,
	type TemplateRecord
} from '$lib/db';
import { whenIdle } from '$lib/util/idle';
import { markParserLoaded } from '$lib/util/perf';
import { requestPersistence } from '$lib/storage/persist';
import { ActionStatus } from '$lib/ui/action-status.svelte';
import { prettyBytes } from '$lib/util/bytes';

/** A template read from a file or a paste, shown before it is saved. */
export interface Preview {
	name: string;
	source: string;
	model: Checklist;
	summary: string;
}

export class TemplatesState {
	templates = $state.raw<TemplateRecord[] | null>(null);
	builtin = $state.raw<TemplateInput | null>(null);
	preview = $state.raw<Preview | null>(null);
	/** Why the last import was refused, in words. */
	importError = $state('');
	/** Whether a save, rename, delete or start runs, and why the last one failed. */
	readonly status = new ActionStatus(describeStorageError);
	deleted = $state.raw<TemplateRecord | null>(null);

	/** Follows stored templates and loads the built-in one; returns the stop function. */
	watch(): () => void {
		void import('$lib/templates/builtin').then((m) => (this.builtin = m.builtinTemplate));
		// This page is where Markdown gets read: fetch the parser while the person looks around,
		// and run it once on the built-in checklist so its code is compiled before their first
		// Preview. A failure here is no news: Preview imports it again and says what went wrong.
		whenIdle(() => {
			Promise.all([import('$lib/checklist/import'), import('$lib/templates/builtin')]).then(
				([{ readTemplate }, { builtinTemplate }]) => {
					readTemplate(builtinTemplate.source);
					markParserLoaded();
				},
				() => {}
			);
		});
		openDatabase().catch((e) => this.status.fail(describeStorageError(e)));
		const sub = watchTemplates().subscribe({
			next: (t) => (this.templates = t),
			error: (e) => this.status.fail(describeStorageError(e))
		});
		return () => sub.unsubscribe();
	}

	/** Reads a dropped or picked file into a preview (or an error in words). */
	async readFile(file: File): Promise<void> {
		this.preview = null;
		this.importError = '';
		const { decodeTemplateFile } = await import('$lib/checklist/import');
		if (file.size > 2 * 1024 * 1024) {
			this.importError = `“${file.name}” is ${prettyBytes(file.size)}; a checklist template must be at most 2 MB.`;
			return;
		}
		const decoded = decodeTemplateFile(new Uint8Array(await file.arrayBuffer()), file.name);
		if (!decoded.ok) {
			this.importError = decoded.error;
			return;
		}
		await this.readText(decoded.text, file.name.replace(/\.(md|markdown|txt)$/i, ''));
	}

	/** Reads pasted Markdown into a preview (or an error in words). */
	async readText(text: string, name = ''): Promise<void> {
		this.preview = null;
		this.importError = '';
		const { readTemplate } = await import('$lib/checklist/import');
		const result = readTemplate(text);
		if (!result.ok) {
			this.importError = result.error;
			return;
		}
		this.preview = {
			name: name || result.model.title,
			source: result.source,
			model: result.model,
			summary: result.summary
		};
	}

	/** Saves the previewed template. */
	async savePreview(name: string): Promise<boolean> {
		const preview = this.preview;
		if (!preview) return false;
		const saved = await this.status.attempt(() =>
			saveTemplate(name || preview.name, preview.source, preview.model)
		);
		if (saved) this.preview = null;
		return saved !== null;
	}

	cancelPreview(): void {
		this.preview = null;
		this.importError = '';
	}

	async rename(id: string, name: string): Promise<void> {
		await this.status.attempt(() => renameTemplate(id, name));
	}

	async remove(id: string): Promise<void> {
		const removed = await this.status.attempt(() => deleteTemplate(id));
		if (removed) this.deleted = removed;
	}

	async undoDelete(): Promise<void> {
		const template = this.deleted;
		if (!template) return;
		const done = await this.status.attempt(async () => {
			await restoreTemplate(template);
			return true;
		});
		if (done) this.deleted = null;
	}

	/** Starts a deployment from a template; resolves to its id, or null on failure. */
	async startDeployment(template: TemplateInput): Promise<string | null> {
		const id = await this.status.attempt(() => createDeployment(template));
		if (id) void requestPersistence();
		return id;
	}
}
