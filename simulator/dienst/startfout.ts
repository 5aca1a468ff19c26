/**
 * A start that cannot succeed for a reason its user can remedy (a port in use, a --data in use or
 * unreadable, an inbox that cannot be made, a wrong configuration): said in Dutch, in one line. The
 * command line turns it into exit code 2 without a stack trace.
 */
export class StartFout extends Error {}
