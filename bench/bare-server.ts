import Fastify from 'fastify';
import pg from 'pg';

// The bare-stack limit for the kernel benchmark: Fastify + pg with nothing of ours in between, in
// its own process like the API server. GET /hello answers from memory, GET /row/:id reads one
// people row by primary key, POST /insert writes one row per request.
const port = Number(process.env.PORT);
const pool = new pg.Pool({ connectionString: process.env.BENCH_PG_URL, max: 10 });
pool.on('error', () => {}); // the cluster stops first at the end of a run
const app = Fastify({ logger: false });

app.get('/hello', async () => ({ hello: 'world' }));
app.get<{ Params: { id: string } }>('/row/:id', async (req) => {
  const r = await pool.query({
    name: 'bare-row',
    text: 'select id, name, org_id, org_path, party_status from people where id = $1',
    values: [req.params.id],
  });
  return { data: r.rows[0] ?? null };
});
app.post<{ Body: { locale?: string } }>('/insert', async (req) => {
  const r = await pool.query({
    name: 'bare-insert',
    text: 'insert into bench_bare_writes (data) values ($1) returning id',
    values: [JSON.stringify(req.body ?? {})],
  });
  return { data: { id: r.rows[0]?.id } };
});

process.on('SIGTERM', () => void app.close().then(() => pool.end().then(() => process.exit(0))));
await app.listen({ host: '127.0.0.1', port });
console.log('[bare] ready');
