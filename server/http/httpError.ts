/** An error the API answers as JSON with its status, a code for programs and a message for people. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues?: Array<{ path: string; message: string }>;

  constructor(status: number, code: string, message: string, issues?: Array<{ path: string; message: string }>) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}
