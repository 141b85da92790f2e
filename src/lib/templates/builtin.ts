// The built-in template: the team's production deployment checklist, parsed at build time.
// Imported lazily (when a deployment is created), so the home page does not carry it.
import builtin from './production-deployment.md?checklist';
import type { TemplateInput } from '$lib/db';

import { BUILTIN_TEMPLATE_ID } from './builtin-id';

export { BUILTIN_TEMPLATE_ID };

export const builtinTemplate: TemplateInput = {
	id: BUILTIN_TEMPLATE_ID,
	name: builtin.model.title,
	source: builtin.source,
	model: builtin.model
};
