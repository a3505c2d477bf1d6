import { createContext } from 'react';
import type { PublicVote } from '../../../shared/src/index.js';

/** What the cards on the canvas need of a dot vote. */
export interface Voting {
  vote: PublicVote;
  /** Whether this id is something the vote is on. */
  isTarget: (id: string) => boolean;
  /** How many of my dots are on a target. */
  myDotsOn: (id: string) => number;
  dotsLeft: number;
  addDot: (id: string) => void;
  removeDot: (id: string) => void;
}

/** Null while no vote runs: the cards look and behave as always. */
export const VotingContext = createContext<Voting | null>(null);
