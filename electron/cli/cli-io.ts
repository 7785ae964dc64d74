/** Where the CLI reads and writes; the real process streams, or buffers in tests. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  stdin: process.stdin,
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
};
