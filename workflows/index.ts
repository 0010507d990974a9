/** Every workflow the worker runs. Deterministic code only: no I/O, no Node built-ins (STYLE.md habit 1). */
export * from './systemCheck';
export * from './accountabilityCase';
export * from './bar';
export * from './referral';
export * from './annual';
export * from './keyArea';
export * from './supervisionItem';
