/** Bumped whenever a message, a binary frame or the room state changes shape. A client sends it when
 * it joins; the server refuses a client that speaks another version instead of misreading it. */
export const PROTOCOL_VERSION = 1;
