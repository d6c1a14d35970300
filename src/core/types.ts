// The one internal shape every part of the pipeline speaks: a conversation plus where it came from.

export type TurnRole = 'user' | 'assistant';

export interface Turn {
  role: TurnRole;
  content: string;
}

export interface Conversation {
  system?: string;
  turns: Turn[];
}

/** Where a sample came from: a file relative to the input folder and a human-readable location. */
export interface SourceRef {
  file: string;
  /** e.g. "line 12", "page 3", "sheet FAQ, row 4", "slide 2", "record 7" */
  location?: string;
}

export type SampleOrigin = 'identified' | 'generated';

export interface Sample {
  id: string;
  conversation: Conversation;
  source: SourceRef;
  keywords: string[];
  origin: SampleOrigin;
  /** Token count of the formatted example for the chosen target (with framing). */
  tokenLength?: number;
  /** Optional 1-10 judge score. */
  qualityScore?: number;
}

export type Split = 'train' | 'validation' | 'excluded';


/** Progress callbacks and cancellation for any long operation (rules of the house). */
export interface LongWork<E = unknown> {
  signal?: AbortSignal;
  onProgress?: (event: E) => void;
}
