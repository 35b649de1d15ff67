export { loadModel, conceptIndex, tableIdFor, emptyModel } from './load.ts';
export { modelSchema, type CompanyModel } from './schema.ts';
