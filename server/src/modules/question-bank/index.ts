// The question bank's public face for other modules (the quiz module draws and scores through it).
export { type BankQuestion, loadQuestions, questionPool } from './pool.ts';
export { type QuestionOption, type QuestionType, QuestionTypes } from './schema.ts';
export { isAnswerCorrect, normaliseFill, type Scorable } from './scoring.ts';
