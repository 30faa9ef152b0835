/** Injection token of the EventStore port; nothing above the port knows which adapter it has. */
export const EVENT_STORE = Symbol('EVENT_STORE');
