// App-wide state of the installed, offline-capable app: connectivity, updates, installation.
import { whenIdle } from '$lib/util/idle';
import { whenPageReady } from '$lib/util/perf';
import { flushAll } from '$lib/deployment/pending-saves';
import { registerServiceWorker } from './register';

/** The `beforeinstallprompt` event (not yet in TypeScript's DOM types). */
interface InstallPromptEvent extends Event {
	prompt: () => Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export class PwaState {
	online = $state(true);
	updateReady = $state(false);
	updateMessage = $state('');
	canInstall = $state(false);
	installed = $state(false);
	#activate: (() => void) | null = null;
	#prompt: InstallPromptEvent | null = null;

	/** Starts listening (browser only); returns the stop function. */
	start(): () => void {
		this.online = navigator.onLine;
		this.installed = matchMedia('(display-mode: standalone)').matches;
		const onOnline = () => (this.online = true);
		const onOffline = () => (this.online = false);
		const onPrompt = (e: Event) => {
			e.preventDefault();
			this.#prompt = e as InstallPromptEvent;
			this.canInstall = true;
		};
		const onInstalled = () => {
			this.#prompt = null;
			this.canInstall = false;
			this.installed = true;
		};
		addEventListener('online', onOnline);
		addEventListener('offline', onOffline);
		addEventListener('beforeinstallprompt', onPrompt);
		addEventListener('appinstalled', onInstalled);
		let stopUpdates = () => {};
		let stopped = false;
		// The worker is not needed to show this page: register it once the page is ready and the
		// browser idle, so its code and the precache downloads do not compete with the first load
		// (idle alone can come while the page still waits for its data).
		whenPageReady(() =>
			whenIdle(() => {
				if (stopped) return;
				void registerServiceWorker({
					onUpdateReady: (activate) => {
						this.#activate = activate;
						this.updateReady = true;
					},
					onError: (message) => (this.updateMessage = message)
				}).then((stop) => (stopUpdates = stop));
			})
		);
		return () => {
			removeEventListener('online', onOnline);
			removeEventListener('offline', onOffline);
			removeEventListener('beforeinstallprompt', onPrompt);
			removeEventListener('appinstalled', onInstalled);
			stopped = true;
			stopUpdates();
		};
	}

	/** Switches to the waiting version once every change on screen is stored. */
	async applyUpdate(): Promise<void> {
		this.updateMessage = 'Saving your changes…';
		if (!(await flushAll())) {
			this.updateMessage =
				'Some changes are not saved yet, so the app did not reload. Try again once they are saved.';
			return;
		}
		this.updateMessage = 'Reloading…';
		this.#activate?.();
	}

	/** Shows the browser's install dialog. */
	async install(): Promise<void> {
		const prompt = this.#prompt;
		if (!prompt) return;
		await prompt.prompt();
		const { outcome } = await prompt.userChoice;
		if (outcome === 'accepted') {
			this.#prompt = null;
			this.canInstall = false;
		}
	}
}
