import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AccessActor } from '../access.js';
import { canEditAnnualReport, canReadAnnualReport } from './access.js';

const PALU = '72.71';
const at = (role: AccessActor['role'], regionCode = PALU, opdId: string | null = null): AccessActor => ({
  role,
  regionCode,
  opdId,
});

describe('annual report access', () => {
  test('who reads a region report', () => {
    assert.equal(canReadAnnualReport(at('admin_daerah'), PALU), true);
    assert.equal(canReadAnnualReport(at('reviewer'), PALU), true);
    assert.equal(canReadAnnualReport(at('pokja'), PALU), true);
    assert.equal(canReadAnnualReport(at('provinsi', '72'), PALU), true);
    assert.equal(canReadAnnualReport(at('superadmin', '00'), PALU), true);
    assert.equal(canReadAnnualReport(at('operator_opd', PALU, 'x'), PALU), false);
    assert.equal(canReadAnnualReport(at('admin_daerah', '72.03'), PALU), false);
    assert.equal(canReadAnnualReport(at('provinsi', '73'), PALU), false);
  });

  test('who writes the narrative', () => {
    assert.equal(canEditAnnualReport(at('admin_daerah'), PALU), true);
    assert.equal(canEditAnnualReport(at('reviewer'), PALU), true);
    assert.equal(canEditAnnualReport(at('superadmin', '00'), PALU), true);
    assert.equal(canEditAnnualReport(at('pokja'), PALU), false);
    assert.equal(canEditAnnualReport(at('provinsi', '72'), PALU), false);
    assert.equal(canEditAnnualReport(at('operator_opd', PALU, 'x'), PALU), false);
    assert.equal(canEditAnnualReport(at('admin_daerah', '72.03'), PALU), false);
    assert.equal(canEditAnnualReport(at('reviewer', '72.03'), PALU), false);
  });
});
