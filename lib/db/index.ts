export { createDb, DB_NAME, type CadreDb, type InterviewRecord } from './schema.ts';
export { createInterviewRepository, emptyInterview, repairInterview, type InterviewRepository } from './interviews.ts';
export { createSalt, hashCaseId, interviewKeyForCase, interviewKeyForTab } from './case-hash.ts';
