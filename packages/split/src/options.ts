/** Per-share bounds in fen. */
export interface SplitOptions {
  /** Smallest share (default 1 fen). Never below 1: nobody grabs an empty packet. */
  min?: number;
  /** Largest share (default: no cap). WeChat caps a share at ¥200 = 20000 fen. */
  max?: number;
}
