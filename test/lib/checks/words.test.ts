import { expect, test } from 'vitest';
import { rowWords } from '../../../src/lib/checks/words.ts';

test.each([
  [{ id: 'revenue', label: 'Revenue', section: [] }, 'Revenue'],
  [{ id: 'total', label: 'Total', section: ['Segment Profit'] }, 'Segment Profit — Total'],
  [{ id: 'revenues--data-center-services', label: 'Data center services', section: ['Direct cost of network'] }, 'Direct cost of network — Data center services'],
  // Colliers' balance sheet (cmg-fy2025-q3): its current assets' subtotal is printed with no label
  [{ id: 'current-assets--subtotal', label: '', section: ['Assets', 'Current assets'] }, 'Current assets — subtotal'],
  [{ id: 'subtotal', label: '', section: [] }, 'Subtotal'],
])('rowWords(%j) is %j', (row, words) => expect(rowWords(row)).toBe(words));
