import { okSchema, errorResponses } from '../../../api/common.js';
import {
  listRecordsQuery,
  mappingBody,
  mappingList,
  mappingParams,
  mappingSchema,
  pullBody,
  pullPreview,
  pullQuery,
  pullResult,
  recordParams,
  regionParams,
  serviceRecordBody,
  serviceRecordList,
  serviceRecordSchema,
  serviceSummary as serviceSummarySchema,
  summaryQuery,
  updateServiceRecordBody,
} from '../../../api/institution-services.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { applyPull, createMapping, deleteMapping, listMappings, previewPull } from './mappings.js';
import { createRecord, deleteRecord, listRecords, updateRecord } from './records.js';
import { serviceSummary } from './summary.js';

const tags = ['institution-services'];

export function institutionServiceRoutes(app: ZodApp, { database }: AppContext): void {
  const { db } = database;

  app.get(
    '/api/regions/:code/service-records',
    {
      schema: {
        tags,
        summary: "A region's service records of a year (an institution account: its own)",
        params: regionParams,
        querystring: listRecordsQuery,
        response: { 200: serviceRecordList, ...errorResponses },
      },
    },
    async (request) => listRecords(db, request.actor, request.params.code, request.query),
  );

  app.post(
    '/api/regions/:code/service-records',
    {
      schema: {
        tags,
        summary: 'Record the services of an institution in a period for one kind (DP3A or the institution)',
        params: regionParams,
        body: serviceRecordBody,
        response: { 201: serviceRecordSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRecord(db, request.actor, request.params.code, request.body)),
  );

  app.put(
    '/api/service-records/:id',
    {
      schema: {
        tags,
        summary: 'Correct a service record (names the version it edited)',
        params: recordParams,
        body: updateServiceRecordBody,
        response: { 200: serviceRecordSchema, ...errorResponses },
      },
    },
    async (request) => updateRecord(db, request.actor, request.params.id, request.body),
  );

  app.delete(
    '/api/service-records/:id',
    {
      schema: {
        tags,
        summary: 'Delete a service record',
        params: recordParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => deleteRecord(db, request.actor, request.params.id),
  );

  app.get(
    '/api/regions/:code/service-summary',
    {
      schema: {
        tags,
        summary: "A region's services of a year by kind, field of service and region",
        params: regionParams,
        querystring: summaryQuery,
        response: { 200: serviceSummarySchema, ...errorResponses },
      },
    },
    async (request) => serviceSummary(db, request.actor, request.params.code, request.query.year),
  );

  app.get(
    '/api/regions/:code/service-mappings',
    {
      schema: {
        tags,
        summary: 'Data terpilah indicators filled from service records (DP3A)',
        params: regionParams,
        response: { 200: mappingList, ...errorResponses },
      },
    },
    async (request) => listMappings(db, request.actor, request.params.code),
  );

  app.post(
    '/api/regions/:code/service-mappings',
    {
      schema: {
        tags,
        summary: 'Map a count indicator to the beneficiaries of some kinds of service (DP3A)',
        params: regionParams,
        body: mappingBody,
        response: { 201: mappingSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMapping(db, request.actor, request.params.code, request.body)),
  );

  app.delete(
    '/api/service-mappings/:id',
    {
      schema: {
        tags,
        summary: 'Remove a mapping (values already pulled stay)',
        params: mappingParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => deleteMapping(db, request.actor, request.params.id),
  );

  app.get(
    '/api/service-mappings/:id/pull',
    {
      schema: {
        tags,
        summary: 'Preview "tarik dari layanan": per sex, the aggregate against the stored value',
        params: mappingParams,
        querystring: pullQuery,
        response: { 200: pullPreview, ...errorResponses },
      },
    },
    async (request) => previewPull(db, request.actor, request.params.id, request.query.period),
  );

  app.post(
    '/api/service-mappings/:id/pull',
    {
      schema: {
        tags,
        summary: 'Apply the previewed pull: drafts written through the values module, locked values left',
        params: mappingParams,
        body: pullBody,
        response: { 200: pullResult, ...errorResponses },
      },
    },
    async (request) => applyPull(db, request.actor, request.params.id, request.body),
  );
}
