// The GitHub Pages workflow builds the site the README way, under the repository's base path, and
// publishes exactly the folder the build writes; a change that breaks that fails here, not on push.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

const workflow = parse(
	readFileSync(new URL('../../.github/workflows/pages.yml', import.meta.url), 'utf8')
);

it('builds with npm ci and BASE_PATH on every push to main, and deploys build/ to Pages', () => {
	expect(workflow.on.push.branches).toEqual(['main']);
	expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
	const steps: {
		run?: string;
		uses?: string;
		env?: Record<string, string>;
		with?: Record<string, string>;
	}[] = workflow.jobs.build.steps;
	expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
	const build = steps.find((s) => s.run === 'npm run build')!;
	expect(build.env?.BASE_PATH).toBe('/${{ github.event.repository.name }}');
	const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!;
	expect(upload.with?.path).toBe('build');
	expect(workflow.jobs.deploy.needs).toBe('build');
	expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
});
