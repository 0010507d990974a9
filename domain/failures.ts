/**
 * Failure types shared by activities (which raise them) and workflows (which act on them). A permanent failure is
 * bad data PostgreSQL refused (SQLSTATE classes 22 and 23) or input an activity's own validation refused: retrying
 * cannot help, so it is raised non-retryable and the workflow refuses the act instead of waiting (issue 10: a
 * permanent failure never holds a legal deadline).
 */
export const PERMANENT_DATA_ERROR = 'PermanentDataError';
