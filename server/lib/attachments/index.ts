/**
 * Attachments: files a user uploads to a record (monev evidence, meeting materials, attendance
 * scans, follow-up evidence, …). Each module keeps its own table — with the columns
 * `file_key`, `file_name`, `content_type`, `bytes` — its routes and its permission rules; this
 * is the part they share: receive, check, store, send, remove.
 *
 * ```ts
 * const RULES: AttachmentRules = {
 *   kinds: [...IMAGE_KINDS, 'pdf'],
 *   messages: { missing: 'x_file_missing', empty: 'x_file_empty', tooLarge: 'x_file_too_large', type: 'x_file_type' },
 *   scratchPrefix: '.x-',
 * };
 * // deps: { db, files: ctx.files, scratchDir: path.join(ctx.config.importDir, 'x'), maxMb: ctx.config.evidenceMaxMb }
 *
 * // Upload: check permission first, then (the route registers @fastify/multipart in its scope)
 * const { actor: a, parent } = await editableParent(deps.db, actor, id); // 403/404 before any byte is read
 * return uploadAttachment(deps, request, RULES, {
 *   folder: `x/${parent.regionCode}/${parent.id}`,
 *   save: async (tx, file) => {
 *     // re-check with the row locked if the parent may have changed meanwhile, then:
 *     const [row] = await tx.insert(xFiles).values({ ...file, regionCode, parentId, uploadedBy: a.userId }).returning();
 *     await recordAudit(tx, subjectOf(a), { action: 'create', entity: 'x_file', entityId: row.id, … });
 *     return dto(row);
 *   },
 * });
 *
 * // Download, in the service: check read permission on the parent, then
 * const row = await findAttachment(db, xFiles, { regionCode, column: xFiles.parentId, id: parent.id }, fileId); // 404
 * return openAttachment(deps.files, row);
 * // … and in the route:
 * return sendAttachment(reply, await downloadX(deps, request.actor, id, fileId));
 *
 * // Remove: the file leaves the store after the commit
 * await deleteAttachments(deps, async (tx) => { …check, delete the row, audit…; return row; });
 * ```
 *
 * A new attachment table also gets, in its migration, the trigger that removes the files of
 * rows deleted by a cascade from their parent (see migration 0025):
 * `CREATE TRIGGER x_files_removed AFTER DELETE ON x_files REFERENCING OLD TABLE AS gone
 *  FOR EACH STATEMENT EXECUTE FUNCTION attachment_files_removed();`
 */
export {
  formField,
  uploadAttachment,
  type AttachmentDeps,
  type AttachmentFile,
  type AttachmentRules,
  type FormFields,
  type UploadOptions,
} from './upload.js';
export { openAttachment, sendAttachment, type OpenedAttachment, type StoredAttachment } from './download.js';
export { findAttachment, type AttachmentOwner } from './find.js';
export { deleteAttachments, registerAttachmentRemoval, REMOVE_FILES_JOB } from './remove.js';
export { contentDisposition } from '../file-name.js';
