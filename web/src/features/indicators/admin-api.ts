/** Catalog administration over HTTP: indicators, dimension sets and validation rules. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  createDimensionSetBody,
  createIndicatorBody,
  createRuleBody,
  indicatorPage,
  ruleList,
  ruleSchema,
  updateIndicatorBody,
  updateRuleBody,
} from '../../../../api/indicators.ts';
import {
  RULE_OPERATORS,
  RULE_SEXES,
  type RuleOperator,
  type RuleSex,
} from '../../../../domain/value-rules.ts';
import { apiRequest } from '../../app/api.ts';
import type { DimensionSet, Indicator } from './api.ts';

const enc = encodeURIComponent;

/** The body of POST /api/indicators; PATCH takes any part of it (without code and owner). */
export type IndicatorInput = z.input<typeof createIndicatorBody>;
export type IndicatorFields = Omit<IndicatorInput, 'code' | 'ownerRegionCode'>;
export type IndicatorPatch = z.input<typeof updateIndicatorBody>;

export type DimensionSetInput = z.input<typeof createDimensionSetBody>;

/** The sides and operators of a rule are domain/value-rules.ts's. */
export { RULE_OPERATORS, RULE_SEXES, type RuleOperator, type RuleSex };

/** A validation rule between indicators: left OP factor × right. */
export type ValidationRule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof createRuleBody>;
export type RulePatch = z.input<typeof updateRuleBody>;

/**
 * The catalog with deactivated entries too, for the admins who may bring them back. A
 * different key from `useIndicatorCatalog` (active only), which entry pickers rely on.
 */
export function useCatalogWithInactive(regionCode: string, enabled: boolean) {
  return useQuery({
    queryKey: ['indicators', regionCode, 'all'],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof indicatorPage>>('/indicators', {
        query: { region: regionCode, active: 'all', page: 1, pageSize: 500 },
        signal,
      }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Indicators and rules feed the entry grid and its checks, so those are reloaded as well. */
function invalidateCatalog(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['indicators'] });
  void queryClient.invalidateQueries({ queryKey: ['entry'] });
}

export function useSaveIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { code: string; patch: IndicatorPatch } | { create: IndicatorInput }) =>
      'create' in args
        ? apiRequest<Indicator>('/indicators', { method: 'POST', body: args.create })
        : apiRequest<Indicator>(`/indicators/${enc(args.code)}`, { method: 'PATCH', body: args.patch }),
    onSuccess: () => invalidateCatalog(queryClient),
  });
}

export function useCreateDimensionSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DimensionSetInput) =>
      apiRequest<DimensionSet>('/dimension-sets', { method: 'POST', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['dimension-sets'] }),
  });
}

export function useValidationRules(regionCode: string) {
  return useQuery({
    queryKey: ['validation-rules', regionCode],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof ruleList>>('/validation-rules', { query: { region: regionCode }, signal }),
    select: (data) => data.items,
  });
}

export function useSaveRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { id: number; patch: RulePatch } | { create: RuleInput }) =>
      'create' in args
        ? apiRequest<ValidationRule>('/validation-rules', { method: 'POST', body: args.create })
        : apiRequest<ValidationRule>(`/validation-rules/${args.id}`, { method: 'PATCH', body: args.patch }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['validation-rules'] });
      void queryClient.invalidateQueries({ queryKey: ['entry'] });
    },
  });
}
