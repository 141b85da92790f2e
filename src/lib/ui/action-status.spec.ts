import { describe, expect, it } from 'vitest';
import { ActionStatus, errorText, failure, failureOr } from './action-status.svelte';

/** A promise and the functions that settle it, to look at the status while work runs. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => ([resolve, reject] = [res, rej]));
	return { promise, resolve, reject };
}

describe('ActionStatus.run', () => {
	it('is busy while the work runs, clears the last message, then shows what it did', async () => {
		const status = new ActionStatus();
		status.fail('The last try failed.');
		const work = deferred<string>();
		const running = status.run(() => work.promise);
		expect(status.busy).toBe(true);
		expect(status.message).toBe('');
		expect(status.failed).toBe(false);
		work.resolve('Saved report.md.');
		await running;
		expect(status).toMatchObject({ busy: false, message: 'Saved report.md.', failed: false });
	});

	it('shows a failure the work returned in words, without a describer', async () => {
		const status = new ActionStatus(() => 'described');
		await status.run(async () => failure('This file is empty.'));
		expect(status).toMatchObject({ busy: false, message: 'This file is empty.', failed: true });
	});

	it('puts what the work threw into words with the describer', async () => {
		const status = new ActionStatus((e) => `The export failed: ${errorText(e)}`);
		await status.run(async () => {
			throw new Error('disk full');
		});
		expect(status).toMatchObject({
			busy: false,
			message: 'The export failed: disk full',
			failed: true
		});
	});
});

describe('ActionStatus.attempt', () => {
	it('resolves to the result and leaves the message to the caller', async () => {
		const status = new ActionStatus();
		status.say('Imported.');
		expect(await status.attempt(async () => 'run-1')).toBe('run-1');
		expect(status).toMatchObject({ busy: false, message: '', failed: false });
	});

	it('resolves to null on a throw and shows it, with a describer given for this attempt', async () => {
		const status = new ActionStatus(() => 'storage words');
		const threw = () => Promise.reject(new Error('Not a report.'));
		expect(await status.attempt(threw)).toBeNull();
		expect(status).toMatchObject({ busy: false, message: 'storage words', failed: true });
		expect(await status.attempt(threw, errorText)).toBeNull();
		expect(status.message).toBe('Not a report.');
	});
});

describe('the outcome helpers', () => {
	it('turn an error in words or "" into a failure or the words of success', () => {
		expect(failureOr('Not everyone has signed yet.')).toEqual(
			failure('Not everyone has signed yet.')
		);
		expect(failureOr('', 'Read 2 results.')).toBe('Read 2 results.');
		expect(failureOr('')).toBe('');
	});

	it('say what was thrown, Error or not', () => {
		expect(errorText(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
		expect(errorText('quota')).toBe('quota');
	});
});
