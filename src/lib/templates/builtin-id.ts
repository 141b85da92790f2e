// The built-in template's id, on its own so naming it never loads the template itself.

export const BUILTIN_TEMPLATE_ID = 'builtin:production-deployment';
