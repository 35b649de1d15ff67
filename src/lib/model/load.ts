import { existsSync } from 'node:fs';
import { parseYamlFile } from '../data-file.ts';
import { IngestError } from '../issues.ts';
import { readTextFile } from '../text-file.ts';
import { modelMessages } from './messages.ts';
import { modelSchema, type CompanyModel } from './schema.ts';

/** An empty model: a release of a company with no model still gets its facts, with derived table ids, and the base model's concepts. */
export const emptyModel: CompanyModel = { name: '', tables: [], concepts: {} };

/**
 * Reads data/companies/<company>/model.yaml; a missing file gives the empty model (see
 * loadCompanyModel to know that it was missing), a broken one throws IngestError naming
 * the file as `shown` (e.g. relative to the project root).
 */
export function loadModel(file: string, shown = file): CompanyModel {
  return loadCompanyModel(file, shown).model;
}

export interface LoadedModel {
  model: CompanyModel;
  /** The file, as shown to the user. */
  file: string;
  /** Whether the file exists. A missing model is reported (`notice`), never silent. */
  found: boolean;
  /** What to tell the user about the model, or null when there is nothing to say. */
  notice: string | null;
}

/**
 * Reads a company model and says whether it was there; a broken file throws IngestError.
 * The last few models read are kept with their text, so the releases of one company share one
 * parse (a build asks for its model on every page); the file is still read every time, and a
 * model whose text changed is parsed again. A kept model is frozen: it is shared.
 */
export function loadCompanyModel(file: string, shown = file, company = companyOf(file)): LoadedModel {
  if (!existsSync(file)) return { model: emptyModel, file: shown, found: false, notice: modelMessages.missingModel(company, shown) };
  const text = readTextFile(file, shown);
  const key = `${file}\0${shown}`;
  const hit = parsedModels.get(key);
  if (hit?.text === text) return hit.loaded;
  const parsed = parseYamlFile(shown, text, modelSchema);
  if (!parsed.value) throw new IngestError(parsed.issues);
  const loaded: LoadedModel = deepFreeze({ model: parsed.value, file: shown, found: true, notice: null });
  parsedModels.delete(key);
  parsedModels.set(key, { text, loaded });
  while (parsedModels.size > MODELS_KEPT) parsedModels.delete(parsedModels.keys().next().value!);
  return loaded;
}

const MODELS_KEPT = 16;
const parsedModels = new Map<string, { text: string; loaded: LoadedModel }>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** "data/companies/nvda/model.yaml" → "nvda". */
function companyOf(file: string): string {
  return file.split(/[\\/]/).at(-2) ?? file;
}

/** Finds the concept a row prints, by its `table/row` key. */
export function conceptIndex(model: CompanyModel): Map<string, string> {
  const index = new Map<string, string>();
  for (const [id, concept] of Object.entries(model.concepts)) {
    for (const alias of concept.aliases) index.set(alias, id);
  }
  return index;
}

/** The model's id for a table with this printed title, or null. */
export function tableIdFor(model: CompanyModel, title: string): string | null {
  const lower = title.toLowerCase();
  return model.tables.find((t) => lower.includes(t.match.toLowerCase()))?.id ?? null;
}
