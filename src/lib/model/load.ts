import { existsSync } from 'node:fs';
import { parseYamlFile } from '../data-file.ts';
import { IngestError } from '../issues.ts';
import { readTextFile } from '../text-file.ts';
import { modelMessages } from './messages.ts';
import { modelSchema, type CompanyModel } from './schema.ts';
import { deepFreeze } from '../kept.ts';

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
 * model whose text changed is parsed again. A kept model is frozen: it is shared. One text is
 * one model object whatever path names the file (the CLI, the site, ingest and the claims
 * each name it their way), so what is kept per model (a release's recognition) is made once.
 */
export function loadCompanyModel(file: string, shown = file, company = companyOf(file)): LoadedModel {
  if (!existsSync(file)) return { model: emptyModel, file: shown, found: false, notice: modelMessages.missingModel(company, shown) };
  const text = readTextFile(file, shown);
  const key = `${file}\0${shown}`;
  const hit = loadedModels.get(key);
  if (hit?.text === text) return hit.loaded;
  const loaded: LoadedModel = Object.freeze({ model: parsedModel(text, shown), file: shown, found: true, notice: null });
  keep(loadedModels, key, { text, loaded });
  return loaded;
}

/** The model a text holds, parsed once per text; a broken text throws IngestError naming the file as `shown`. */
function parsedModel(text: string, shown: string): CompanyModel {
  const hit = parsedModels.get(text);
  if (hit) {
    keep(parsedModels, text, hit);
    return hit;
  }
  const parsed = parseYamlFile(shown, text, modelSchema);
  if (!parsed.value) throw new IngestError(parsed.issues);
  const model = deepFreeze(parsed.value);
  keep(parsedModels, text, model);
  return model;
}

const MODELS_KEPT = 16;
const loadedModels = new Map<string, { text: string; loaded: LoadedModel }>();
const parsedModels = new Map<string, CompanyModel>();

/** Sets a key as the newest, dropping the oldest beyond MODELS_KEPT. */
function keep<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > MODELS_KEPT) map.delete(map.keys().next().value!);
}

/** "data/companies/nvda/model.yaml" → "nvda". */
function companyOf(file: string): string {
  return file.split(/[\\/]/).at(-2) ?? file;
}

/** Finds the concept a row prints, by its `table/row` key. */
export function conceptIndex(model: CompanyModel): ReadonlyMap<string, string> {
  // Ingest and recognition ask for every release of a model: a loaded model is frozen, so its index is made once.
  let index = conceptIndexes.get(model);
  if (!index) {
    const made = new Map<string, string>();
    for (const [id, concept] of Object.entries(model.concepts)) {
      for (const alias of concept.aliases) made.set(alias, id);
    }
    if (Object.isFrozen(model) && Object.isFrozen(model.concepts)) conceptIndexes.set(model, made);
    index = made;
  }
  return index;
}
const conceptIndexes = new WeakMap<CompanyModel, ReadonlyMap<string, string>>();

/** The model's id for a table with this printed title, or null. */
export function tableIdFor(model: CompanyModel, title: string): string | null {
  const lower = title.toLowerCase();
  return model.tables.find((t) => lower.includes(t.match.toLowerCase()))?.id ?? null;
}
