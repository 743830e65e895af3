export const quiz = 'quiz';
