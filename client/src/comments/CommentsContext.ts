import { createContext } from 'react';

/** What the canvas needs of the comments: the badge numbers and a way to open a touchpoint's thread list. */
export interface CommentsOnCanvas {
  /** Comments in open threads per touchpoint id. */
  counts: ReadonlyMap<string, number>;
  /** Opens the comments of a touchpoint, or of the map (null). */
  open: (touchpointId: string | null) => void;
}

export const CommentsContext = createContext<CommentsOnCanvas | null>(null);
