export declare const CODE_LANGS: Set<string>;
export interface FencedBlock {
  lang: string;
  code: string;
  /** 1-based line of the block's first code line. */
  line: number;
  directive?: { kind: string; arg: string };
}
export declare function fencedBlocks(markdown: string): FencedBlock[];
