// The deployment's own fields beside its checklist: the target URL, the command values and the
// name a person gave it, each shown at once and saved on its own; and the name the page shows.
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { headerFields } from '$lib/checklist/walk';
import type { DeploymentPatch, DeploymentRecord } from '$lib/db';
import { deploymentName } from './deployment-name';
import { SaveQueue, type SaveStatus } from './save-queue';
import type { DeploymentStore } from './store';

type Value = DeploymentPatch[keyof DeploymentPatch];

/** The checklist and its values as shown now (the default name is made of them). */
type ChecklistNow = () => {
	model: Checklist | null;
	values: Record<string, EntryValue | undefined>;
};

export class DeploymentFields {
	/** The target URL as shown (ahead of storage while saving). */
	target = $state('');
	/** Command values (app name, release…) as shown. */
	vars = $state<Record<string, string>>({});
	/** The name a person gave the deployment, as shown; '' for the default name. */
	customName = $state('');
	readonly #checklist: ChecklistNow;

	#headerFields = $derived.by(() => {
		const { model } = this.#checklist();
		return model ? headerFields(model) : [];
	});
	/** Header values by label, as shown (the stored summary lags behind while saving). */
	#header = $derived.by(() => {
		const header: Record<string, string> = {};
		const { values } = this.#checklist();
		for (const f of this.#headerFields) {
			const value = values[f.id];
			if (typeof value === 'string') header[f.label] = value;
		}
		return header;
	});
	/** The name made of app, version and date (see deployment-name), shown without a given name. */
	defaultName = $derived.by(() =>
		deploymentName({
			vars: this.vars,
			target: this.target,
			header: this.#header,
			title: this.#checklist().model?.title ?? 'Deployment'
		})
	);
	/** What the deployment is called: its given name, else the default name. */
	name = $derived(this.customName || this.defaultName);

	#fields: SaveQueue<Value>;

	constructor(
		store: Pick<DeploymentStore, 'patch' | 'describe'>,
		checklist: ChecklistNow,
		onStatus: (status: SaveStatus) => void
	) {
		this.#checklist = checklist;
		this.#fields = new SaveQueue<Value>({
			write: (key, value, at) => store.patch({ [key]: value }, at),
			describe: (e) => store.describe(e).message,
			retryable: (e) => store.describe(e).retryable,
			onStatus
		});
	}

	/** Shows a new target URL at once and saves it. */
	setTarget(value: string): void {
		this.target = value;
		this.#fields.set('target', value);
	}

	/** Shows a new name at once and saves it; '' goes back to the default name. */
	setName(value: string): void {
		this.customName = value.trim();
		this.#fields.set('name', this.customName);
	}

	/** Shows a new command value at once and saves them all. */
	setVar(name: string, value: string): void {
		this.vars[name] = value;
		this.#fields.set('vars', { ...this.vars });
	}

	/** Takes the stored fields; keeps those this tab has not saved yet. */
	take(run: DeploymentRecord): void {
		const f = this.#fields;
		if (!f.isDirty('target') && run.target !== this.target) this.target = run.target;
		if (!f.isDirty('vars') && JSON.stringify(run.vars) !== JSON.stringify(this.vars))
			this.vars = { ...run.vars };
		if (!f.isDirty('name') && (run.name ?? '') !== this.customName)
			this.customName = run.name ?? '';
	}

	whenSaved(): Promise<void> {
		return this.#fields.whenIdle();
	}

	retry(): void {
		this.#fields.retryNow();
	}

	dispose(): void {
		this.#fields.dispose();
	}
}
