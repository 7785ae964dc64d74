/** Where the CLI reads and writes; the real process streams, or buffers in tests. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal a progress line can be redrawn on. */
  readonly progress?: boolean;
}

export const processIo: CliIo = {
  stdin: process.stdin,
  progress: process.stderr.isTTY === true,
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
};
