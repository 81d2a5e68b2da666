import { hash, type Options, verify } from "@node-rs/argon2";

/** argon2id with OWASP's recommended floor (19 MiB, 2 passes): slow for an attacker, ~20 ms here. */
// 2 is Algorithm.Argon2id, a const enum that cannot be imported under verbatimModuleSyntax.
const OPTIONS: Options = { algorithm: 2 as Options["algorithm"], memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export const verifyPassword = (stored: string, password: string): Promise<boolean> =>
  verify(stored, password).catch(() => false);

/** A hash to check against when the user does not exist, so a wrong username takes as long as a
 * wrong password and does not reveal which usernames exist. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword("decoy-password-for-timing"));
