// A company model that is not there is reported, never silently empty.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IngestError } from '../../../src/lib/issues.ts';
import { emptyModel, loadCompanyModel, modelMessages } from '../../../src/lib/model/index.ts';

describe('loadCompanyModel', () => {
  test('the bundled model is found, with nothing to tell', () => {
    const loaded = loadCompanyModel('data/companies/inap/model.yaml');
    expect(loaded).toMatchObject({ found: true, notice: null, file: 'data/companies/inap/model.yaml' });
    expect(loaded.model.name).toBe('Internap Network Services Corporation');
  });

  test('a missing model (a typo in `company:`) gives the empty model and a notice naming the company and the file', () => {
    const loaded = loadCompanyModel('data/companies/inpa/model.yaml');
    expect(loaded).toMatchObject({ found: false, model: emptyModel });
    expect(loaded.notice).toBe(
      "no company model for 'inpa' (data/companies/inpa/model.yaml): checks use the base model only, and `tieout model init` drafts one",
    );
    expect(loaded.notice).toBe(modelMessages.missingModel('inpa', 'data/companies/inpa/model.yaml'));
  });

  test('a broken model is an error located in its file, not a missing one', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tieout-model-')), 'model.yaml');
    writeFileSync(file, 'name: [unclosed\n');
    expect(() => loadCompanyModel(file, 'model.yaml')).toThrow(IngestError);
  });

  test("one parse per model text: a company's releases share it, an edited file is parsed again", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tieout-model-')), 'model.yaml');
    writeFileSync(file, 'name: Widget Corp\n');
    const first = loadCompanyModel(file);
    expect(loadCompanyModel(file)).toBe(first);
    // Shared, so frozen: a caller that changed it would change it for every release.
    expect(Object.isFrozen(first.model)).toBe(true);
    expect(() => {
      'use strict';
      (first.model as { name: string }).name = 'x';
    }).toThrow(TypeError);
    writeFileSync(file, 'name: Widget Corporation\n');
    expect(loadCompanyModel(file).model.name).toBe('Widget Corporation');
    writeFileSync(file, 'name: [unclosed\n');
    expect(() => loadCompanyModel(file)).toThrow(IngestError);
  });

  test('one model object per text, however the file is named; a changed text is a model of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tieout-model-'));
    const file = join(dir, 'model.yaml');
    const copy = join(dir, 'copy.yaml');
    writeFileSync(file, 'name: Gadget Corp\n');
    writeFileSync(copy, 'name: Gadget Corp\n');
    const first = loadCompanyModel(file, 'data/companies/gadget/model.yaml');
    expect(first.file).toBe('data/companies/gadget/model.yaml');
    expect(loadCompanyModel(file).model).toBe(first.model);
    expect(loadCompanyModel(copy).model).toBe(first.model);
    writeFileSync(copy, 'name: Gadget Corporation\n');
    expect(loadCompanyModel(copy).model.name).toBe('Gadget Corporation');
    expect(loadCompanyModel(file).model).toBe(first.model);
  });
});
