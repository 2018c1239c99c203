// Dates, one home: calendar-day arithmetic on `YYYY-MM-DD` strings, dates in a time zone, the
// countdown to an instant, and dates written in words for the user. No clock: instants come in as
// arguments.
export * from './calendar';
export * from './zone';
export * from './countdown';
export * from './format';
