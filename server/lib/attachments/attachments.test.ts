/**
 * The attachments service on its own, with a table of this test's making (parent → files, with
 * the cascade and the removal trigger a module's migration adds): a good upload stores the file
 * and the row with the sniffed type; a missing, empty, too large, disguised file, a refused form
 * field or a failing save leaves neither row nor stored file nor scratch copy; downloads carry a
 * safe disposition; removal takes the file only after the commit, and a cascade from the parent
 * queues the files' removal in the deleting transaction (none when it rolls back). PGlite, and
 * PostgreSQL with TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import fastifyMultipart from '@fastify/multipart';
import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import Fastify, { type FastifyInstance } from 'fastify';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { multipart } from '../../modules/imports/test-helpers.js';
import { TINY_PNG } from '../../modules/letterhead/letterhead.test-data.js';
import { registerErrorHandling } from '../error-handler.js';
import { Invalid } from '../errors.js';
import { translate } from '../messages.js';
import {
  REMOVE_FILES_JOB,
  contentDisposition,
  deleteAttachments,
  formField,
  openAttachment,
  sendAttachment,
  uploadAttachment,
  type AttachmentDeps,
  type AttachmentRules,
} from './index.js';

const parents = pgTable('attachment_test_parents', { id: serial('id').primaryKey() });
const testFiles = pgTable('attachment_test_files', {
  id: serial('id').primaryKey(),
  parentId: integer('parent_id').notNull(),
  note: text('note'),
  fileKey: text('file_key').notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  bytes: integer('bytes').notNull(),
});

const RULES: AttachmentRules = {
  kinds: ['png', 'pdf'],
  messages: {
    missing: 'monev_file_missing',
    empty: 'monev_file_empty',
    tooLarge: 'monev_file_too_large',
    type: 'monev_file_type',
  },
  scratchPrefix: '.attachment-test-',
};

describe('attachments', () => {
  let t: TestApp;
  let app: FastifyInstance;
  let deps: AttachmentDeps;
  let parentId = 0;

  const rows = () => t.database.db.select().from(testFiles).where(eq(testFiles.parentId, parentId));
  const stored = async () => {
    const keys: string[] = [];
    for await (const f of t.files.list(`test/${parentId}/`)) keys.push(f.key);
    return keys;
  };
  const scratch = async () =>
    (await readdir(deps.scratchDir).catch(() => [] as string[])).filter((n) => n.startsWith('.attachment-'));
  const upload = (name: string, content: Buffer | string, fields: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `/files/${parentId}`, ...multipart(name, content, fields) });
  const message = (key: Parameters<typeof translate>[0], params?: Record<string, number>) =>
    translate(key, 'id', params);

  before(async () => {
    // The queue is run by hand here, so the test sees the job the trigger wrote before it runs.
    t = await createTestApp({ demo: false, env: { JOBS_POLL_MS: '3600000' } });
    const { db } = t.database;
    await db.execute(sql`create table attachment_test_parents (id serial primary key)`);
    await db.execute(sql`create table attachment_test_files (
      id serial primary key,
      parent_id integer not null references attachment_test_parents(id) on delete cascade,
      note text, file_key text not null unique, file_name text not null,
      content_type text not null, bytes integer not null)`);
    await db.execute(sql`create trigger attachment_test_files_removed after delete on attachment_test_files
      referencing old table as gone for each statement execute function attachment_files_removed()`);
    [{ id: parentId }] = await db.insert(parents).values({}).returning();
    deps = {
      db,
      files: t.files,
      scratchDir: path.join(os.tmpdir(), `setara-attachments-test-${process.pid}`),
      maxMb: 1,
    };

    app = Fastify();
    registerErrorHandling(app);
    await app.register(fastifyMultipart);
    app.post<{ Params: { id: string } }>('/files/:id', async (request, reply) => {
      const id = Number(request.params.id);
      const row = await uploadAttachment(deps, request, RULES, {
        folder: `test/${id}`,
        fields: (fields) => {
          const note = formField(fields, 'note');
          if (note === 'refuse') throw new Invalid({ note: 'required' });
          return note ?? null;
        },
        save: async (tx, file, note) => {
          const [row] = await tx
            .insert(testFiles)
            .values({ ...file, parentId: id, note })
            .returning();
          if (note === 'fail') throw new Invalid({ note: 'required' });
          return row;
        },
      });
      return reply.status(201).send(row);
    });
    app.get<{ Params: { id: string } }>('/file/:id', async (request, reply) => {
      const [row] = await t.database.db
        .select()
        .from(testFiles)
        .where(eq(testFiles.id, Number(request.params.id)));
      return sendAttachment(reply, await openAttachment(t.files, row));
    });
    await app.ready();
  });
  after(async () => {
    await app?.close();
    await t?.close();
  });

  test('a good upload: the row with the sniffed type and the cleaned name, the stored file, no scratch copy', async () => {
    const res = await upload('paparan\u202e.png', TINY_PNG, { note: 'slide' });
    assert.equal(res.statusCode, 201, res.body);
    const row = res.json();
    assert.equal(row.contentType, 'image/png');
    assert.equal(row.fileName, 'paparan.png');
    assert.equal(row.bytes, TINY_PNG.length);
    assert.equal(row.note, 'slide');
    assert.match(row.fileKey, new RegExp(`^test/${parentId}/[0-9a-f-]{36}$`));
    assert.deepEqual(await stored(), [row.fileKey]);
    assert.deepEqual(await scratch(), []);
  });

  test('refusals name the field and leave neither row nor file nor scratch copy', async () => {
    const before = (await rows()).length;
    const cases: [string, Awaited<ReturnType<typeof upload>>, number, string, string][] = [
      [
        'disguised',
        await upload('laporan.pdf', 'MZ\x90\x00 an exe'),
        422,
        'file',
        message('monev_file_type'),
      ],
      ['empty', await upload('kosong.png', Buffer.alloc(0)), 422, 'file', message('monev_file_empty')],
      [
        'too large',
        await upload('besar.png', Buffer.concat([TINY_PNG, Buffer.alloc(1024 * 1024)])),
        413,
        'file',
        message('monev_file_too_large', { max: 1 }),
      ],
      ['a refused field', await upload('a.png', TINY_PNG, { note: 'refuse' }), 422, 'note', ''],
      ['a failing save', await upload('a.png', TINY_PNG, { note: 'fail' }), 422, 'note', ''],
    ];
    for (const [what, res, status, field, text] of cases) {
      assert.equal(res.statusCode, status, `${what}: ${res.body}`);
      const fields = res.json().error.fields;
      assert.ok(fields[field], `${what} names ${field}`);
      if (text) assert.equal(fields[field], text, what);
    }
    const missing = await app.inject({
      method: 'POST',
      url: `/files/${parentId}`,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nContent-Disposition: form-data; name="note"\r\n\r\nno file\r\n--x--\r\n',
    });
    assert.equal(missing.statusCode, 422);
    assert.equal(missing.json().error.fields.file, message('monev_file_missing'));
    assert.equal((await rows()).length, before);
    assert.equal((await stored()).length, before);
    assert.deepEqual(await scratch(), []);
  });

  test('download: the stored type, an attachment disposition that cannot break the header, nosniff, no-store', async () => {
    const up = await upload('Laporan Akhir – ñ.pdf', '%PDF-1.4\n%%EOF\n');
    assert.equal(up.statusCode, 201, up.body);
    const res = await app.inject({ method: 'GET', url: `/file/${up.json().id}` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['cache-control'], 'private, no-store');
    assert.equal(
      res.headers['content-disposition'],
      `attachment; filename="Laporan Akhir _ _.pdf"; filename*=UTF-8''Laporan%20Akhir%20%E2%80%93%20%C3%B1.pdf`,
    );
    // A quote or backslash cannot end the quoted name (and a newline never reaches a name).
    assert.equal(
      contentDisposition('a"b\\c.pdf'),
      `attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`,
    );
    assert.equal(res.body, '%PDF-1.4\n%%EOF\n');
  });

  test('removal: the file goes after the commit, and stays with its row when the transaction fails', async () => {
    const up = await upload('a.png', TINY_PNG);
    const row = up.json();
    await assert.rejects(
      deleteAttachments(deps, async (tx) => {
        await tx.delete(testFiles).where(eq(testFiles.id, row.id));
        throw new Error('audit failed');
      }),
      /audit failed/,
    );
    assert.ok(await t.files.stat(row.fileKey), 'a rolled-back deletion keeps the file');
    assert.equal((await rows()).filter((r) => r.id === row.id).length, 1);
    const answered = await deleteAttachments(deps, async (tx) => {
      const [gone] = await tx.delete(testFiles).where(eq(testFiles.id, row.id)).returning();
      return gone;
    });
    assert.equal(answered.id, row.id);
    assert.equal(await t.files.stat(row.fileKey), null);
  });

  test("a parent's deletion removes its files after the commit, through the trigger's job", async () => {
    const { db } = t.database;
    // Both drivers answer `{ rows }`.
    const jobs = async () =>
      (await db.execute(
        sql`select payload from jobs where kind = ${REMOVE_FILES_JOB} and status = 'queued'`,
      )) as unknown as { rows: { payload: { keys: string[] } }[] };
    await t.app.jobs.runDue();
    const keys = (await rows()).map((r) => r.fileKey);
    assert.ok(keys.length >= 2, 'the earlier tests left files');
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.delete(parents).where(eq(parents.id, parentId));
        throw new Error('rolled back');
      }),
    );
    assert.equal((await jobs()).rows.length, 0, 'no job when the deletion rolled back');
    await db.delete(parents).where(eq(parents.id, parentId));
    const queued = (await jobs()).rows;
    assert.equal(queued.length, 1, 'one job for the cascade');
    assert.deepEqual([...queued[0].payload.keys].sort(), [...keys].sort());
    for (const key of keys) assert.ok(await t.files.stat(key), 'still there until the job runs');
    await t.app.jobs.runDue();
    assert.deepEqual(await stored(), []);
  });
});
