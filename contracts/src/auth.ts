// zod request/response schemas of the auth API (shared by server and web).
export {};
