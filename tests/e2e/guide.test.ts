/**
 * The user guide: both languages carry every section, and in Chromium a page's "Bantuan" link
 * lands on its section, the language switch turns the guide into English, the glossary is
 * there, and a visitor reaches it from the sign-in page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { signIn, startHarness, type Harness } from './support/harness.js';

interface Section {
  title: string;
  summary: string;
  steps: (string | [string, string])[];
  tips?: string[];
}
interface Content {
  sections: Record<string, Section>;
  glossary: { term: string }[];
}

/**
 * The web's content modules, loaded at run time: the root TypeScript project does not compile
 * web/ (its imports end in .ts, the Vite way), and tsx runs them as they are.
 */
async function web<T>(file: string, name: string): Promise<T> {
  const url = new URL(`../../web/src/features/guide/${file}`, import.meta.url).href;
  return ((await import(url)) as Record<string, T>)[name];
}

describe('guide content', () => {
  test('Indonesian and English each have every section, the same steps and the same glossary terms', async () => {
    const guideId = await web<Content>('content-id.ts', 'guideId');
    const guideEn = await web<Content>('content-en.ts', 'guideEn');
    const GUIDE_SECTIONS = await web<readonly string[]>('sections.ts', 'GUIDE_SECTIONS');
    for (const [lang, content] of [
      ['id', guideId],
      ['en', guideEn],
    ] as const) {
      assert.deepEqual(Object.keys(content.sections).sort(), [...GUIDE_SECTIONS].sort(), lang);
      for (const section of Object.values(content.sections)) {
        assert.ok(section.title && section.summary, `${lang}: ${section.title}`);
      }
    }
    for (const id of GUIDE_SECTIONS) {
      const [a, b] = [guideId.sections[id], guideEn.sections[id]];
      assert.equal(a.steps.length, b.steps.length, `steps of ${id}`);
      assert.equal(a.tips?.length ?? 0, b.tips?.length ?? 0, `tips of ${id}`);
      // The same page links in both languages.
      const links = (s: typeof a) => s.steps.map((step) => (typeof step === 'string' ? null : step[1]));
      assert.deepEqual(links(a), links(b), `links of ${id}`);
    }
    assert.equal(guideId.glossary.length, guideEn.glossary.length);
    for (const term of [
      'PUG',
      'PPRG',
      'GAP',
      'GBS',
      'ARG',
      'Data terpilah',
      'OPD',
      'DP3A',
      'Bappeda',
      'Pokja PUG',
      'KAK/TOR',
      'RKPD',
      'SIPD',
      'Focal point',
      'Indikator',
      'Kesenjangan gender',
    ])
      assert.ok(
        guideId.glossary.some((e) => e.term.startsWith(term)),
        `glossary has ${term}`,
      );
  });
});

describe('guide in Chromium', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h?.close());

  test("a page's help link opens its section; the guide switches to English; the glossary is there", async () => {
    const page = await h.newPage();
    await signIn(page, 'demo.operator', 'Setara#Demo2026');
    await page.goto('/data/isian');
    await page.getByTestId('page-help').click();
    await page.waitForURL('**/panduan/isian');
    await page.getByRole('heading', { name: 'Isian data terpilah', level: 3 }).waitFor();
    await page.getByText(/Tempel dari Excel atau LibreOffice/).waitFor();

    await page.getByTestId('lang-en').click();
    await page.getByRole('heading', { name: 'Data entry', level: 3 }).waitFor();
    await page.getByText(/Paste from Excel or LibreOffice/).waitFor();

    await page.getByTestId('guide-contents').getByRole('link', { name: 'Glossary of PUG terms' }).click();
    await page.waitForURL('**/panduan/glosarium');
    await page.getByTestId('glossary').getByText('GBS (Gender Budget Statement)').waitFor();

    // The header's "?" opens the guide's start, which points the operator to their tour.
    await page.getByTestId('guide-link').click();
    await page.getByRole('link', { name: '10-minute tour: OPD operator (focal point)' }).first().waitFor();
    await page.getByTestId('lang-id').click();
    await page.context().close();
  });

  test('a visitor opens the guide from the sign-in page, with the demo accounts', async () => {
    const page = await h.newPage();
    await page.goto('/login');
    await page.getByTestId('login-guide').click();
    await page.waitForURL('**/panduan/mulai');
    await page
      .getByTestId('guide-contents')
      .getByRole('link', { name: /Tur 10 menit: Admin daerah/ })
      .click();
    await page.getByText('Akun demo: demo.admin · kata sandi Setara#Demo2026').waitFor();
    // The public frame and the glossary table pass axe-core (the signed-in guide is in accessibility.test.ts).
    await page.goto('/panduan/glosarium');
    await page.getByTestId('glossary').waitFor();
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    assert.deepEqual(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
      [],
    );
    await page.getByTestId('guide-sign-in').click();
    await page.getByRole('heading', { name: 'Masuk ke Setara' }).waitFor();
    await page.context().close();
  });
});
