/** People (issue 10): the pure domain. See PEOPLE-CONTRACT.md and each module's header. */
export * from './model';
export * from './dates';
export * from './state';
export * from './followups';
export * from './ics';
export * from './csv';
export * from './exchange';
export * from './budget';
export * from './invite';
