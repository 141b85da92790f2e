import { describe, expect, it } from 'vitest';
import { deploymentName, nameParts, recordName } from './deployment-name';

const title = 'Production Deployment Checklist';
const header = { Date: '2026-11-26', 'Deployed By': 'Zoë', Version: '1.4.2' };

describe('deploymentName', () => {
	it('is "<app> <version> · <date>" from the app name and the header fields', () => {
		expect(deploymentName({ vars: { app: 'shop-prod' }, header, title })).toBe(
			'shop-prod 1.4.2 · 2026-11-26'
		);
	});

	it("names the app by the Target URL's host when no app name was typed", () => {
		const source = { vars: { app: '  ' }, target: 'https://shop.example/app', header, title };
		expect(deploymentName(source)).toBe('shop.example 1.4.2 · 2026-11-26');
		expect(deploymentName({ ...source, target: 'not a url' })).toBe(`${title} 1.4.2 · 2026-11-26`);
	});

	it('leaves out the parts that are not known', () => {
		expect(deploymentName({ vars: { app: 'shop' }, header: { Version: '2.0' }, title })).toBe(
			'shop 2.0'
		);
		expect(deploymentName({ vars: { app: 'shop' }, header: { Date: '2026-01-02' }, title })).toBe(
			'shop · 2026-01-02'
		);
		expect(deploymentName({ header: { Date: '2026-01-02' }, title })).toBe(`${title} · 2026-01-02`);
	});

	it('is the template title when the values are empty', () => {
		expect(deploymentName({ vars: {}, target: '', header: {}, title })).toBe(title);
		expect(deploymentName({ header: { Version: ' ', Date: '' }, title: ' Release train ' })).toBe(
			'Release train'
		);
	});

	it('is the given name when there is one, trimmed; an empty one counts as none', () => {
		expect(deploymentName({ name: '  Black Friday hotfix ', header, title })).toBe(
			'Black Friday hotfix'
		);
		expect(deploymentName({ name: '   ', vars: { app: 'shop' }, header, title })).toBe(
			'shop 1.4.2 · 2026-11-26'
		);
	});

	it('finds Version and Date in any letter case', () => {
		expect(nameParts({ header: { VERSION: 'v9', date: '2027-01-01' }, title })).toEqual({
			app: '',
			version: 'v9',
			date: '2027-01-01'
		});
	});
});

describe('recordName', () => {
	it('names a stored deployment from its record and summary', () => {
		const run = { vars: { app: 'shop' }, target: '', title, summary: { header } };
		expect(recordName(run)).toBe('shop 1.4.2 · 2026-11-26');
		expect(recordName({ ...run, name: 'Hotfix' })).toBe('Hotfix');
	});
});
