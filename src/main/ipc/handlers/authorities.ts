import type { authoritiesContract } from '../../../shared/ipc/contracts/authorities';
import {
  annotateAuthority,
  createLocalAuthority,
  footnoteAuthorities,
  getAuthorityDetail,
  searchAuthorities,
  updateLocalAuthority,
} from '../../services/authorityService';
import type { HandlersFor } from './types';

export const authorityHandlers = {
  'authorities:search': (input, ctx) => searchAuthorities(ctx, input),
  'authorities:get': (input, ctx) => getAuthorityDetail(ctx, input.id),
  'authorities:footnote': (input, ctx) => footnoteAuthorities(ctx, input.footnote),
  'authorities:create': (input, ctx) => createLocalAuthority(ctx, input),
  'authorities:update': (input, ctx) => updateLocalAuthority(ctx, input),
  'authorities:annotate': (input, ctx) => annotateAuthority(ctx, input),
} satisfies HandlersFor<keyof typeof authoritiesContract>;
