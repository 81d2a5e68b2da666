import { IMAGE_MAX_BYTES, IMAGE_TYPES } from "../../../shared/protocol/companies.ts";

export type ImageProblem = "type" | "size" | "empty";

/**
 * What is wrong with a picked file before it is sent (the server checks again, by its content):
 * a type we do not take, no bytes, or more than IMAGE_MAX_BYTES. Null when it may be sent.
 */
export function imageFileProblem(file: { type: string; size: number }): ImageProblem | null {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) return "type";
  if (file.size === 0) return "empty";
  if (file.size > IMAGE_MAX_BYTES) return "size";
  return null;
}

/** The largest image, in whole megabytes, for messages. */
export const IMAGE_MAX_MB = Math.floor(IMAGE_MAX_BYTES / (1024 * 1024));
