export * from './map/format.js';
export * from './map/schema.js';
export * from './map/convert.js';
export * from './map/mutations.js';
export * from './map/order.js';
export * from './map/ids.js';
export * from './map/laneMutations.js';
export * from './map/thumbnail.js';
