import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { formatWithZone } from '$lib/util/dates';
import { reportData, type ReportTask } from './report-data.ts';
import { signed } from './report-signoff.ts';
import { FINGERPRINT, T0, filledInput, idOf, signaturePng } from './pdf.fixtures.ts';
import { noDecisions } from '$lib/record/decisions';

const input = filledInput();
const data = reportData(input);
const tasks = data.sections.flatMap((s) => s.entries).filter((e) => e.kind === 'task');
const task = (text: string) => tasks.find((t) => t.text === text) as ReportTask;

describe('reportData', () => {
	it('fills the title block from the run, the app variable and the header fields', () => {
		expect(data.title).toBe('shipshape-demo 1.4.2 · 2026-11-26');
		expect(Object.fromEntries(data.details.map((d) => [d.label, d.value]))).toEqual({
			Deployment: 'Release 1.4.2',
			App: 'shipshape-demo',
			Target: 'https://shipshape-demo.fly.dev',
			Date: '2026-11-26',
			'Deployed By': 'Zoë Łukasiewicz',
			Version: '1.4.2',
			Template: 'Production Deployment Checklist',
			Status: 'Draft (not signed)',
			Generated: formatWithZone(T0 + 7_200_000)
		});
	});

	it('is titled by the name a person gave the deployment, else the template title', () => {
		expect(reportData({ ...input, run: { ...input.run, name: 'Black Friday' } }).title).toBe(
			'Black Friday'
		);
		const bare = {
			...input,
			run: { ...input.run, vars: {}, target: '' },
			decisions: noDecisions()
		};
		expect(reportData(bare).title).toBe('Production Deployment Checklist');
	});

	it('names the app by the target host when no app name was typed', () => {
		const d = reportData({ ...input, run: { ...input.run, vars: {} } });
		expect(d.details.find((r) => r.label === 'App')?.value).toBe('shipshape-demo.fly.dev');
	});

	it('summarises progress, the score against the pass mark, and evidence verdicts', () => {
		expect(data.summary).toEqual({
			ticked: 60,
			total: 104,
			score: { label: 'Overall Score', value: 21, max: 25 },
			threshold: { value: 20, max: 25 },
			pass: true,
			missing: [],
			evidence: { pass: 1, fail: 1, unknown: 1, error: 0 }
		});
		const unrated = reportData({
			...input,
			decisions: {
				...input.decisions,
				values: { ...input.decisions.values, [idOf(input.checklist, 'Security')]: null }
			}
		});
		expect(unrated.summary).toMatchObject({ pass: false, score: { value: 16 } });
		expect(unrated.summary.missing).toEqual(['Rate Security', '4 more points needed to reach 20']);
	});

	it('counts only the newest result of each check', () => {
		const [first] = input.evidence;
		const evidence = [
			{ ...first, verdict: 'pass' as const, at: T0 + 10 },
			{ ...first, verdict: 'fail' as const, at: T0 }
		];
		expect(reportData({ ...input, evidence }).summary.evidence).toEqual({
			pass: 1,
			fail: 0,
			unknown: 0,
			error: 0
		});
	});

	it('keeps every section in order with its tasks, depth, state and tick time', () => {
		expect(tasks).toHaveLength(104);
		expect(data.sections.slice(0, 3).map((s) => [s.level, s.title, s.entries.length])).toEqual([
			[2, 'Pre-Deployment Checklist', 0],
			[3, 'Code & Dependencies', 6],
			[3, 'Environment Variables', 10]
		]);
		const titles = data.sections.map((s) => s.title);
		for (const moved of ['Sign-Off', 'Emergency Contacts', 'Notes', 'Production Readiness Score'])
			expect(titles).not.toContain(moved);
		expect(task('All tests passing (mix test)')).toEqual({
			kind: 'task',
			id: idOf(input.checklist, 'All tests passing (mix test)'),
			text: 'All tests passing (mix test)',
			parts: [{ text: 'All tests passing (' }, { text: 'mix test', code: true }, { text: ')' }],
			depth: 0,
			checked: true,
			tickedAt: formatWithZone(T0),
			verdict: null,
			na: null,
			progress: null
		});
		expect(task('OPENAI_API_KEY (if using OpenAI)').depth).toBe(1);
		expect(task('Review user feedback')).toMatchObject({ checked: false, tickedAt: null });
		expect(task('Health check returns 200 OK').verdict).toBe('pass');
	});

	it('includes commands with the deployment values filled in, unless left out', () => {
		const commands = data.sections.flatMap((s) => s.entries).filter((e) => e.kind === 'command');
		expect(commands).toHaveLength(9);
		expect(commands[0].code).toContain('fly ssh console --app shipshape-demo');
		expect(commands.map((c) => c.label)).toContain('Immediate Rollback:');
		const without = reportData({ ...input, includeCommands: false });
		expect(without.sections.flatMap((s) => s.entries).some((e) => e.kind === 'command')).toBe(
			false
		);
	});

	it('lists evidence oldest first with the source in words and the tasks it informs', () => {
		const later = { ...input.evidence[0], at: T0 + 9_000_000, summary: 'Later.' };
		const d = reportData({ ...input, evidence: [later, ...input.evidence] });
		expect(d.evidence[0]).toEqual({
			at: formatWithZone(T0 + 3_600_000),
			source: 'Health probe',
			items: ['Health check returns 200 OK'],
			verdict: 'pass',
			summary: 'GET /health answered 200.',
			pasted: null
		});
		expect(d.evidence.at(-1)?.summary).toBe('Later.');
	});

	it('has the ratings, notes, contacts and fingerprint', () => {
		expect(data.ratings.map((r) => `${r.label} ${r.value}/${r.max}`)).toEqual([
			'Security 5/5',
			'Performance 4/5',
			'Monitoring 4/5',
			'Documentation 4/5',
			'Team Readiness 4/5'
		]);
		expect(data.notes).toEqual([
			{ label: 'Notes', text: expect.stringContaining('第二阶段：明天迁移数据库。') }
		]);
		expect(data.contacts).toHaveLength(1);
		expect(data.contacts[0].title).toBe('Emergency Contacts');
		expect(data.contacts[0].entries.slice(0, 4)).toEqual([
			{ label: 'On-Call Engineer', value: '李雷 +86 10 5555 0100' },
			{ label: 'Database Admin', value: '' },
			{ label: 'Security Team', value: '' },
			{ label: 'Fly.io Support', value: 'https://community.fly.io' }
		]);
		expect(data.fingerprint).toBe(FINGERPRINT);
		expect(data.generatedAt).toBe(T0 + 7_200_000);
	});

	it('reads the sign-off table while a draft', () => {
		expect(data.signoff?.title).toBe('Sign-Off');
		expect(data.signoff?.signedAt).toBeNull();
		expect(data.signoff?.rows).toEqual([
			{
				role: 'Developer',
				name: 'Zoë Łukasiewicz',
				signature: { kind: 'text', text: 'Zoë Ł.' },
				date: '2026-11-26'
			},
			{
				role: 'Tech Lead',
				name: '李雷',
				signature: { kind: 'drawn', dataUrl: signaturePng() },
				date: '2026-11-26'
			},
			{ role: 'DevOps', name: 'Ωmega', signature: null, date: '' },
			{ role: 'Security', name: '', signature: null, date: '' }
		]);
	});

	it('uses the recorded signatures once signed', () => {
		const signoff = {
			at: T0 + 5_400_000,
			fingerprint: FINGERPRINT,
			signatures: [{ role: 'Security', name: 'Sam', signature: 'Sam S.', date: '2026-11-27' }]
		};
		const d = reportData({ ...input, run: { ...input.run, status: 'signed', signoff } });
		expect(d.details.find((r) => r.label === 'Status')?.value).toBe(
			`Signed ${formatWithZone(T0 + 5_400_000)}`
		);
		expect(d.signoff?.signedAt).toBe(formatWithZone(T0 + 5_400_000));
		expect(d.signoff?.rows[3]).toEqual({
			role: 'Security',
			name: 'Sam',
			signature: { kind: 'text', text: 'Sam S.' },
			date: '2026-11-27'
		});
	});
});

describe('reportData of other templates', () => {
	it('keeps tasks before the first heading and tasks beside contact blanks', () => {
		const checklist = parseChecklist(
			'- [ ] Announce the window\n\n# Release\n\n## Team\n\n- [ ] Pager handed over\n- **Owner**: ____\n'
		);
		const d = reportData({ ...input, checklist, decisions: noDecisions(), evidence: [] });
		expect(
			d.sections.map((s) => [s.title, s.entries.map((e) => e.kind === 'task' && e.text)])
		).toEqual([
			['', ['Announce the window']],
			['Team', ['Pager handed over']]
		]);
		expect(d.contacts).toEqual([{ title: 'Team', entries: [{ label: 'Owner', value: '' }] }]);
	});
});

describe('signed', () => {
	it('tells typed text, drawn PNGs and other data URLs apart', () => {
		expect(signed('  ')).toBeNull();
		expect(signed('Zoë')).toEqual({ kind: 'text', text: 'Zoë' });
		expect(signed('data:image/png;base64,iVBORw0KGgo=')).toEqual({
			kind: 'drawn',
			dataUrl: 'data:image/png;base64,iVBORw0KGgo='
		});
		expect(signed('data:image/svg+xml;base64,PHN2Zz4=')).toEqual({
			kind: 'text',
			text: '(drawn signature in an unreadable format)'
		});
	});
});
