import { useContext } from 'react';
import { VotingContext, type Voting } from './VotingContext.js';

/** The dot vote the cards take part in; null while none runs. */
export function useVoting(): Voting | null {
  return useContext(VotingContext);
}
