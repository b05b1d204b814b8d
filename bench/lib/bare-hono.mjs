/**
 * The API baseline: a bare Hono route returning a constant, on the same server adapter notnow uses.
 * Usage: node bare-hono.mjs PORT; prints "listening" once it accepts connections.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const body = { ok: true, items: [{ id: 1, kind: 'follow-up', due: '2026-11-02', why: 'a constant' }] };
const app = new Hono();
app.get('/api/constant', (c) => c.json(body));
serve({ fetch: app.fetch, port: Number(process.argv[2]), hostname: '127.0.0.1' }, () => {
  process.stdout.write('listening\n');
});
