// zod request/response schemas of the org API (shared by server and web).
export {};
