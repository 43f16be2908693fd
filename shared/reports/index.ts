/** Public surface of the report models and their builders; import from here rather than the parts. */
export * from './model.ts';
export * from './format.ts';
export * from './mask.ts';
export * from './fileName.ts';
export * from './canonical.ts';
export * from './fromSheets.ts';
export * from './figures.ts';
export * from './charts.ts';
export * from './typical.ts';
export * from './buildSheet.ts';
export * from './buildCampaign.ts';
export * from './buildNotice.ts';
