import {expect, waitUntil} from '@open-wc/testing';
import type {ContactCardElement} from '../src/index.js';
import {vCard} from '../src/elements/contact-card/vcard.js';
import {$, $$, html, render, seedCopy} from './helpers.js';

/** A vCard's properties, unfolded (a line starting with a space continues the one before). */
function parse(text: string): [string, string][] {
  expect(text.endsWith('\r\n')).to.equal(true);
  return text
    .replace(/\r\n /g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at), line.slice(at + 1)];
    });
}

async function fileOf(link: HTMLAnchorElement): Promise<string> {
  expect(link.href.startsWith('data:text/vcard;charset=utf-8,')).to.equal(true);
  return (await fetch(link.href)).text();
}

describe('keeping a contact', () => {
  it('saves an official as a vCard 3.0 file: name, position, organisation, phones in E.164', async () => {
    const element = await render<ContactCardElement>(html`<contact-card lang="ru"></contact-card>`);
    const save = $$(element, 'a.save').find((a) =>
      a.getAttribute('aria-label')!.includes('Абдуова'),
    ) as HTMLAnchorElement;
    expect(save.textContent!.trim()).to.equal('Добавить в контакты');
    expect(save.getAttribute('download')).to.equal('Абдуова Нургуль Сембаевна.vcf');
    const card = parse(await fileOf(save));
    expect(card).to.deep.include.members([
      ['BEGIN', 'VCARD'],
      ['VERSION', '3.0'],
      ['N', 'Абдуова;Нургуль;Сембаевна;;'],
      ['FN', 'Абдуова Нургуль Сембаевна'],
      ['TEL;TYPE=WORK,VOICE', '+77214941394'],
      ['TEL;TYPE=WORK,VOICE', '+77789250484'],
      ['END', 'VCARD'],
    ]);
    expect(card[0]).to.deep.equal(['BEGIN', 'VCARD']);
    expect(card[1]).to.deep.equal(['VERSION', '3.0']);
    const org = card.find(([key]) => key === 'ORG')!;
    expect(org[1]).to.contain('Осакаровского района');
    for (const [key, value] of card.filter(([k]) => k.startsWith('TEL'))) expect(value, key).to.match(/^\+7\d{10}$/);
  });

  it('writes the vCard in the element’s language, and a role as the name when there is no person', async () => {
    const data = seedCopy();
    data.officials.push({
      id: 'director',
      position: {kk: 'Директор', ru: 'Директор', en: 'Director'},
      phones: ['8 (72149) 3-12-45'],
      reception: {kk: 'Сейсенбі, 15:00–17:00', ru: 'Вторник, 15:00–17:00', en: 'Tuesday, 15:00–17:00'},
    });
    const element = await render<ContactCardElement>(
      html`<contact-card lang="en" contact="director" .data=${data}></contact-card>`,
    );
    const card = parse(await fileOf($(element, 'a.save') as HTMLAnchorElement));
    expect(card).to.deep.include.members([
      ['N', ';;;;'],
      ['FN', 'Director'],
      ['TEL;TYPE=WORK,VOICE', '+77214931245'],
      ['NOTE', 'Tuesday\\, 15:00–17:00'],
    ]);
  });

  it('escapes and folds long lines without splitting a letter', () => {
    const text = vCard({
      name: 'Иванова Айгерім Серікқызы',
      person: true,
      organization: `«Жалпы білім беретін мектеп»; ${'ұзақ атау '.repeat(12)}`,
      phones: ['1414'],
    });
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const org = parse(text).find(([key]) => key === 'ORG')![1];
    expect(org.startsWith('«Жалпы білім беретін мектеп»\\; ұзақ атау')).to.equal(true);
    expect(parse(text)).to.deep.include(['TEL;TYPE=WORK,VOICE', '1414']);
  });

  it('saves the organisation too, with its phones', async () => {
    const data = seedCopy();
    data.organizations[0].phones = ['8 (72149) 4-13-94'];
    const element = await render<ContactCardElement>(html`<contact-card lang="kk" .data=${data}></contact-card>`);
    const first = $(element, '.card--organization a.save') as HTMLAnchorElement;
    const card = parse(await fileOf(first));
    expect(card.find(([key]) => key === 'FN')![1]).to.contain('Осакаров');
    expect(card).to.deep.include(['TEL;TYPE=WORK,VOICE', '+77214941394']);
  });

  it('copies a phone with «Copy», and says so', async () => {
    let copied = '';
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      value: {writeText: async (text: string) => void (copied = text)},
      configurable: true,
    });
    try {
      const element = await render<ContactCardElement>(html`<contact-card lang="kk"></contact-card>`);
      const copy = $(element, 'button.copy');
      expect(copy.textContent!.trim()).to.equal('Көшіру');
      expect(copy.getAttribute('aria-label')).to.equal('Көшіру 8 (72149) 4-13-94');
      copy.click();
      await waitUntil(() => $(element, '.notice').textContent, 'it never said so');
      expect(copied).to.equal('8 (72149) 4-13-94');
      expect($(element, '.notice').textContent).to.equal('Көшірілді: 8 (72149) 4-13-94');
      expect($(element, '.notice').getAttribute('role')).to.equal('status');
      await expect(element).to.be.accessible();
    } finally {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as any).clipboard;
    }
  });

  for (const lang of ['kk', 'ru', 'en']) {
    it(`is accessible in ${lang}, each «Add to contacts» named by whose contact it is`, async () => {
      const element = await render<ContactCardElement>(html`<contact-card lang=${lang}></contact-card>`);
      const names = $$(element, 'a.save').map((a) => a.getAttribute('aria-label'));
      expect(new Set(names).size).to.equal(names.length);
      await expect(element).to.be.accessible();
    });
  }
});
