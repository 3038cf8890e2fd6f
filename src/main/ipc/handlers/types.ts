import type { ChannelOutput, ChannelParsedInput, Contract } from '../../../shared/ipc/contract';
import type { ServiceContext } from '../../services/context';

/** The handlers of some channels of the contract: each gets its validated input and the context. */
export type HandlersFor<K extends keyof Contract> = {
  [C in K]: (input: ChannelParsedInput<C>, ctx: ServiceContext) => ChannelOutput<C>;
};
