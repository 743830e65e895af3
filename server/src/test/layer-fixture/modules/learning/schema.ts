export const quizTable = 'quiz_answers';
