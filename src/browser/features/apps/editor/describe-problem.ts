import type { DocumentProblem } from './app-document';
import type { AppEditorT } from './use-app-editor-translation';

/** "Expected ':' after property name at line 3, column 12", in the user's language. */
export function describeProblem(t: AppEditorT, problem: DocumentProblem): string {
  if (problem.kind === 'notAnObject') return t('parseError.notAnObject');
  const { code, found, line, column } = problem.error;
  return t('parseError.at', { message: t(`parseError.${code}`, { found }), line, column });
}
