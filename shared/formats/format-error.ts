/** A file that cannot be read, with the 1-based line where it goes wrong. */
export class FormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'FormatError';
  }
}
