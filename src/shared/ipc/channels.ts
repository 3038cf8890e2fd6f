// The channel names alone, so the preload can expose one function per channel without
// importing zod or the schemas. A unit test proves this list equals the contract's keys.
export const CHANNELS = [
  'app:info',
  'missions:list',
  'missions:create',
  'cases:open',
  'cases:list',
  'cases:get',
  'authorities:search',
  'authorities:get',
  'authorities:footnote',
  'authorities:create',
  'authorities:update',
  'authorities:annotate',
  'citations:list',
  'citations:add',
  'citations:update',
  'citations:remove',
] as const;

export type ChannelName = (typeof CHANNELS)[number];
