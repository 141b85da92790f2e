// The door to the MDN HTTP Observatory grader: paste/ grades through here. The stored summary
// and its sums are `$lib/observatory/summary`, apart on purpose: the grade view loads it without
// the grader (and its Public Suffix List).
export {
	gradeHeaders,
	gradeObservatory,
	type HeaderGrade,
	type HeaderTest,
	type ObservatoryInput,
	type TestName
} from './grade';
export { observatoryInput, type PastedSite, type SiteResponse } from './site';
