/** Exit codes of the pird CLI: 0 success, 1 bad input, 2 bad usage. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: typeof EXIT_INPUT | typeof EXIT_USAGE = EXIT_INPUT) {
    super(message);
    this.name = 'CliError';
  }
}
