/**
 * content/today.yaml is what a frightened family reads first and what the bot answers
 * from: it must say what FACTS.md (2026-12-04) says, and no more.
 */
import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../scripts/lib/content.ts';
import { todaySchema } from '../../scripts/lib/schema.ts';
import { checkFigures } from '../../scripts/lib/figures.ts';
import { hotlinesSchema } from '../../scripts/lib/schema.ts';
import { foldVietnamese } from '../../functions/lib/fold.ts';

const today = loadYaml('content/today.yaml', todaySchema);
const hotlines = loadYaml('content/hotlines.yaml', hotlinesSchema);
const topic = (id: string) => {
  const t = today.topics.find((x) => x.id === id);
  if (!t) throw new Error(`content/today.yaml has no topic ${id}`);
  return t;
};
const plain = (md: string) => foldVietnamese(md.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));

describe('content/today.yaml', () => {
  it('starts with telling Công an xã, then the drug test (Bộ Công an, 30/01/2026)', () => {
    expect(plain(today.steps[0]!.text)).toContain('cong an xa');
    expect(plain(today.steps[1]!.text)).toContain('xet nghiem');
  });

  it('never says treatment is free: only the registration has no fee, and it says who pays', () => {
    const cost = plain(topic('chi-phi').text);
    expect(cost).toContain('khong mien phi');
    expect(cost).toContain('95%');
    expect(cost).toMatch(/dang ky[^.]*khong mat phi/);
    for (const t of [...today.steps, ...today.topics]) {
      expect(plain(t.text), t.id).not.toMatch(/cai nghien (la |duoc )?mien phi/);
    }
  });

  it('says methadone is for opioids only, never for ma túy đá', () => {
    const m = plain(topic('methadone-la-gi').text);
    expect(m).toContain('chat dang thuoc phien');
    expect(m).toContain('khong dung cho nguoi nghien ma tuy da');
    expect(plain(topic('ma-tuy-da').text)).toContain('methadone khong dung cho ma tuy da');
  });

  it('gives the compulsory cases and 12 to 24 months as the former law, to be confirmed with Công an xã', () => {
    const b = topic('khi-nao-bat-buoc');
    expect(b.older).toBe(true);
    expect(plain(b.text)).toContain('tu 12 den 24 thang');
    expect(plain(b.text)).toContain('luat truoc day');
    expect(plain(b.text)).toContain('cong an xa');
  });

  it('marks every detail of the former law as such', () => {
    for (const t of today.topics.filter((x) => x.older)) expect(plain(t.text), t.id).toContain('truoc day');
  });

  it('routes emergencies to 113 and 115 only, numbers the hotline page also lists', () => {
    expect(today.emergencies.map((e) => e.number).sort()).toEqual(['113', '115']);
    for (const e of today.emergencies) expect(hotlines.hotlines.some((h) => h.number === e.number)).toBe(true);
  });

  it('says the portal is not a legal service and points to legal aid, the police and 111', () => {
    const l = plain(today.legal.text);
    expect(l).toContain('khong phai dich vu phap ly');
    expect(l).toContain('tro giup phap ly');
    expect(today.legal.text).toContain('[113]');
    expect(today.legal.text).toContain('[111]');
  });

  it('links every figure to its FACTS.md reference, and a figure FACTS.md lacks is caught', () => {
    expect(checkFigures('content/today.yaml', 'chi-phi', topic('chi-phi').text, () => undefined)).toEqual([]);
    const wrong = topic('chi-phi').text.replace('95%', '90%');
    expect(checkFigures('content/today.yaml', 'chi-phi', wrong, () => undefined)).not.toEqual([]);
  });
});
