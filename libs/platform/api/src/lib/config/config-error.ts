/** Thrown when an environment variable is missing or malformed; its message is one line naming the variable. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}
