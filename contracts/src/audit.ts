// zod request/response schemas of the audit API (shared by server and web).
export {};
