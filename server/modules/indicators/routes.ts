import { errorResponses } from '../../../api/common.js';
import {
  catalogRegionQuery,
  createDimensionSetBody,
  createIndicatorBody,
  createRuleBody,
  dimensionSetList,
  dimensionSetSchema,
  indicatorCodeParam,
  indicatorPage,
  indicatorSchema,
  listIndicatorsQuery,
  ruleIdParam,
  ruleList,
  ruleSchema,
  updateIndicatorBody,
  updateRuleBody,
} from '../../../api/indicators.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { createDimensionSet } from './dimension-sets.js';
import { createRule, listRules, updateRule } from './rules.js';
import {
  createIndicator,
  getIndicator,
  listDimensionSets,
  listIndicators,
  updateIndicator,
} from './service.js';

const tags = ['indicators'];

export function indicatorRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/indicators',
    {
      schema: {
        tags,
        summary: 'The indicator catalog (public): national entries plus a region’s own',
        querystring: listIndicatorsQuery,
        response: { 200: indicatorPage, ...errorResponses },
      },
    },
    async (request) => listIndicators(database.db, request.query),
  );

  app.get(
    '/api/indicators/:code',
    {
      schema: {
        tags,
        summary: 'One indicator',
        params: indicatorCodeParam,
        response: { 200: indicatorSchema, ...errorResponses },
      },
    },
    async (request) => getIndicator(database.db, request.params.code),
  );

  app.post(
    '/api/indicators',
    {
      schema: {
        tags,
        summary: 'Add an indicator (superadmin: national; admin daerah: own region)',
        body: createIndicatorBody,
        response: { 201: indicatorSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createIndicator(database.db, request.actor, request.body);
    },
  );

  app.patch(
    '/api/indicators/:code',
    {
      schema: {
        tags,
        summary: 'Edit or deactivate an indicator',
        params: indicatorCodeParam,
        body: updateIndicatorBody,
        response: { 200: indicatorSchema, ...errorResponses },
      },
    },
    async (request) => updateIndicator(database.db, request.actor, request.params.code, request.body),
  );

  app.get(
    '/api/dimension-sets',
    {
      schema: {
        tags,
        summary: 'Disaggregation dimensions and their members (public)',
        querystring: catalogRegionQuery,
        response: { 200: dimensionSetList, ...errorResponses },
      },
    },
    async (request) => ({ items: await listDimensionSets(database.db, request.query.region) }),
  );

  app.post(
    '/api/dimension-sets',
    {
      schema: {
        tags,
        summary: 'Define a dimension set (superadmin: national; admin daerah: own region)',
        body: createDimensionSetBody,
        response: { 201: dimensionSetSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createDimensionSet(database.db, request.actor, request.body);
    },
  );

  app.get(
    '/api/validation-rules',
    {
      schema: {
        tags,
        summary: 'Validation rules that apply in a region (for its readers; national rules are public)',
        querystring: catalogRegionQuery,
        response: { 200: ruleList, ...errorResponses },
      },
    },
    async (request) => ({ items: await listRules(database.db, request.actor, request.query.region) }),
  );

  app.post(
    '/api/validation-rules',
    {
      schema: {
        tags,
        summary: 'Add a rule: left OP right × factor (superadmin: national; admin daerah: own region)',
        body: createRuleBody,
        response: { 201: ruleSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createRule(database.db, request.actor, request.body);
    },
  );

  app.patch(
    '/api/validation-rules/:id',
    {
      schema: {
        tags,
        summary: 'Edit or deactivate a rule',
        params: ruleIdParam,
        body: updateRuleBody,
        response: { 200: ruleSchema, ...errorResponses },
      },
    },
    async (request) => updateRule(database.db, request.actor, request.params.id, request.body),
  );
}
