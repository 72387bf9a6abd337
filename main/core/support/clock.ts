/** The time source, injected so tests can move the clock (RELIABILITY #15: clock jumps). */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
