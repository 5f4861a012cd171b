/**
 * Browser journey of the gender indices: Kota Palu's DP3A opens "Indeks gender" (the demo's IPG
 * of its verified years, computed from data terpilah), downloads the import template, imports
 * BPS's IPG table (an XLSX shaped as BPS publishes it: kab/kota down, years across), types the
 * eight components of 2023 (Kota Probolinggo 2021's published figures, docs/indices-sources.md)
 * and sees the computed IPG beside the published one with their difference and what holds
 * women back; takes 2022's components from data terpilah (preview, fill, origin shown); then the province maps the IPG of its kab/kota and clicks Kota Palu through to
 * its index page.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { chooseOption } from './support/antd.js';
import { signIn, startHarness, type Harness } from './support/harness.js';

const DEMO_PASSWORD = 'Setara#Demo2026';
const COMPONENTS: [string, string][] = [
  ['UHH perempuan', '72,27'],
  ['UHH laki-laki', '68,3'],
  ['HLS perempuan', '13,59'],
  ['HLS laki-laki', '13,91'],
  ['RLS perempuan', '8,38'],
  ['RLS laki-laki', '9,68'],
  ['Pengeluaran per kapita perempuan', '11876000'],
  ['Pengeluaran per kapita laki-laki', '12636000'],
];

/** BPS's static table of the IPG by kab/kota, as downloaded (title row left out). */
async function bpsIpgTable(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('IPG');
  sheet.addRow(['Kabupaten/Kota', '2021', '2022', '2023']);
  sheet.addRow(['Banggai', 90.12, 90.4, 90.71]);
  sheet.addRow(['Kota Palu', 95.1, 95.62, 96.01]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The index table's row of one year (its first cells are the expand button and the year). */
const yearRow = (page: import('playwright-core').Page, year: number) =>
  page.getByRole('row').filter({ has: page.getByRole('cell', { name: String(year), exact: true }) });

describe('indices journey', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h?.close());

  test('DP3A imports the IPG table and its components; the province maps it and clicks through', async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await signIn(page, 'demo.admin', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Indeks gender' }).click();
    await page.waitForURL(/\/indeks/);
    // The demo's IPG of 2019–2023, computed from its verified data terpilah; no BPS value.
    const demoYear = yearRow(page, 2019);
    await demoYear.getByText('Lengkap').waitFor();
    assert.equal(await yearRow(page, 2024).count(), 0, "the demo's 2024 figures are drafts");
    const publishedBefore = await yearRow(page, 2021).innerText();

    // BPS's published IPG table. Banggai is outside Kota Palu: the whole table is refused.
    await page.getByRole('button', { name: 'Impor tabel BPS' }).click();
    let dialog = page.getByRole('dialog', { name: 'Impor tabel statis BPS' });
    // The template: the shape the import reads, Kota Palu already in its first column.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Unduh templat (XLSX)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'templat-ipg-72.71.xlsx');
    const template = new ExcelJS.Workbook();
    await template.xlsx.load((await fs.readFile((await download.path())!)) as unknown as ArrayBuffer);
    assert.deepEqual(template.worksheets[0]!.getColumn(1).values.slice(1), ['Wilayah', 'Kota Palu']);
    await chooseOption(page, dialog.getByRole('combobox', { name: 'Isi tabel' }), 'Nilai indeks rilis BPS');
    await dialog
      .getByLabel('Sumber tabel')
      .fill('BPS Provinsi Sulawesi Tengah, IPG menurut kab/kota (contoh uji)');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'ipg-sulteng.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await bpsIpgTable(),
    });
    await dialog.getByRole('button', { name: 'Impor' }).click();
    const refusal = page.getByRole('dialog', { name: 'Tabel ditolak' });
    await refusal.getByText(/rows\.2\.wilayah/).waitFor();
    await refusal.getByRole('button', { name: 'OK' }).click();
    assert.equal(await yearRow(page, 2021).innerText(), publishedBefore, 'nothing stored');

    // The same table without Banggai, as Kota Palu's own row.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await bpsIpgTable()) as unknown as ArrayBuffer);
    book.getWorksheet('IPG')!.spliceRows(2, 1);
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'ipg-palu.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await dialog.getByRole('button', { name: 'Impor' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/3 angka diimpor untuk 1 wilayah \(tahun 2021, 2022, 2023\)/).waitFor();

    // 2023's components, typed over the demo's (whose labels carry the "Data terpilah" mark).
    await yearRow(page, 2023).getByRole('button', { name: 'Ubah' }).click();
    dialog = page.getByRole('dialog', { name: 'Komponen tahun 2023' });
    for (const [label, value] of COMPONENTS) await dialog.getByLabel(new RegExp(`^${label}`)).fill(value);
    await dialog.getByLabel('Sumber komponen yang diketik').fill('BPS, IPG menurut komponen (contoh uji)');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = yearRow(page, 2023);
    await row.getByText('96,02').waitFor();
    const text = await row.innerText();
    assert.match(text, /96,01/, 'the published value beside the computed one');
    assert.match(text, /\+0,011/);
    assert.match(text, /Pendidikan \(P\/L 0,926\)/);
    assert.match(text, /Lengkap/);

    // 2022's components from data terpilah (Kota Palu's verified demo figures of that year),
    // previewed, filled from the keyboard, marked, saved with origin "Data terpilah".
    await yearRow(page, 2022).getByRole('button', { name: 'Ubah' }).click();
    dialog = page.getByRole('dialog', { name: 'Komponen tahun 2022' });
    await dialog.getByRole('button', { name: 'Ambil dari data terpilah' }).click();
    const preview = dialog.getByRole('region', { name: 'Komponen dari data terpilah tahun 2022' });
    await preview.getByText('KES_UHH · P').waitFor();
    assert.equal(await preview.getByText('Terverifikasi', { exact: true }).count(), 8);
    await preview.getByRole('button', { name: 'Isi formulir dengan yang dicentang' }).focus();
    await page.keyboard.press('Enter');
    await dialog.getByText('8 komponen diisi dari data terpilah; simpan untuk menyimpannya.').waitFor();
    // Each filled field's label carries the mark.
    const marked = dialog.locator('label').filter({ hasText: 'Data terpilah' });
    await marked.nth(7).waitFor();
    assert.equal(await marked.count(), 8);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const taken = yearRow(page, 2022);
    await taken.getByText('Lengkap').waitFor();
    await taken.locator('button.ant-table-row-expand-icon').click();
    const uhh = page.getByRole('row', { name: /^UHH perempuan / });
    assert.match(await uhh.innerText(), /Data terpilah[\s\S]*KES_UHH/);
    await page.context().close();

    // The province's map of the IPG, Kota Palu clicked through.
    const province = await h.newPage();
    await province.setViewportSize({ width: 1400, height: 1000 });
    await signIn(province, 'demo.provinsi', DEMO_PASSWORD);
    await province.getByRole('link', { name: 'Peta' }).click();
    await province.waitForURL(/\/peta/);
    await chooseOption(province, province.getByRole('combobox', { name: 'Jenis' }), 'Indeks gender');
    await chooseOption(province, province.getByRole('combobox', { name: 'Tahun' }), '2023');
    await province.locator('[data-testid="choropleth"][data-rendered="true"]').waitFor();
    await province.getByRole('button', { name: /Tabel data \(13 wilayah\)/ }).click();
    const palu = province.getByTestId('map-data-table').getByRole('row', { name: /Kota Palu/ });
    assert.match(await palu.innerText(), /96,01/);
    await palu.getByRole('link', { name: 'Kota Palu' }).click();
    await province.waitForURL(/\/indeks\?.*region=72\.71/);
    await yearRow(province, 2023).getByText('96,01').waitFor();
    await province.context().close();
  });
});
