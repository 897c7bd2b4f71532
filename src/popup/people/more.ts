/**
 * The People tab beyond its first paint, as one chunk loaded with the store: a person's page,
 * backup and reminders, the actions, and the rows from full records (core's rules, zod).
 */
export { PersonDetail } from './PersonDetail';
export { PeopleManage } from './PeopleManage';
export { makeActions } from './actions';
export { calendarFile } from './calendar';
export { toRows } from './full-rows';
