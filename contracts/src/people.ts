// zod request/response schemas of the people API (shared by server and web).
export {};
