// Every page is prerendered to a plain HTML file; data comes from IndexedDB in the browser.
export const prerender = true;
export const trailingSlash = 'always';
