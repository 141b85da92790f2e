import { expect, it } from 'vitest';
import { exportFileName } from './share-file';

it('names exported files after app, version and date, safely', () => {
	expect(exportFileName({ app: 'shop-prod', version: '1.4.2', date: '2026-11-26' }, 'pdf')).toBe(
		'deploy-shop-prod-1.4.2-2026-11-26.pdf'
	);
	expect(exportFileName({ app: '../../etc/passwd', version: 'v2 🚀' }, 'md')).toBe(
		'deploy-etc-passwd-v2.md'
	);
	expect(exportFileName({}, 'json')).toBe('deploy.json');
});

it('names a file after the name a person gave the deployment, safely and not too long', () => {
	expect(exportFileName({ name: 'Black Friday hotfix · “v2”' }, 'pdf')).toBe(
		'deploy-Black-Friday-hotfix-v2.pdf'
	);
	expect(exportFileName({ name: `${'a'.repeat(79)} / b` }, 'md')).toBe(
		`deploy-${'a'.repeat(79)}.md`
	);
});
