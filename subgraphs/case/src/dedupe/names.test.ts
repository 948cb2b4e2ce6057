import { describe, expect, it } from 'vitest';
import { nameKeys, nameTokens, normalizeArabic, phoneticKey, searchName } from './transliterate';
import { defaultMatchingRules, jaroWinkler, nameSimilarity, normalizeIdentifier, scoreCandidate } from './matching';

describe('normalizeArabic', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إبراهيم', 'ابراهيم'],
    ['آمنة', 'امنه'],
    ['فاطمة', 'فاطمه'],
    ['مصطفى', 'مصطفي'],
    ['مُحَمَّد', 'محمد'],
    ['محـــمد', 'محمد'],
  ])('%s → %s', (input, expected) => expect(normalizeArabic(input)).toBe(expected));
});

describe('nameTokens', () => {
  it.each([
    ['José  Müller-Lüdenscheidt', ['jose', 'muller', 'ludenscheidt']],
    ["N'Diaye", ['ndiaye']],
    ['محمد', ['muhammad']],
    ['عبد الله', ['abdlah']],
    ['عبدالله', ['abdlah']],
    ['Abdullah', ['abdlah']],
    ['Abdallah', ['abdlah']],
    ['Abd al-Rahman', ['abdrahman']],
    ['Abdelrahman', ['abdrahman']],
    ['al-Rashid', ['rashid']],
    ['الرشيد', ['rashid']],
    ['منصور', ['mnsur']],
    ['سامي', ['sami']],
  ])('%s', (input, expected) => expect(nameTokens(input)).toEqual(expected));
});

describe('phoneticKey', () => {
  it.each([
    ['mohammed', 'MHMD'],
    ['muhammad', 'MHMD'],
    ['mohamed', 'MHMD'],
    ['fatima', 'FTMV'],
    ['fatimah', 'FTMV'],
    ['fatma', 'FTMV'],
    ['youssef', 'YSF'],
    ['yusuf', 'YSF'],
    ['ahmed', 'AHMD'],
    ['ahmad', 'AHMD'],
    ['hassan', 'HSN'],
    ['khalid', 'XLD'],
    ['khaled', 'XLD'],
    ['omar', 'AMR'],
    ['umar', 'AMR'],
    ['aicha', 'ASV'],
    ['aisha', 'ASV'],
    ['qasim', 'KSM'],
    ['kassem', 'KSM'],
    ['vinny', 'FNV'],
    ['jamal', 'JML'],
    ['gamal', 'JML'],
    ['amir', 'AMR'],
    ['amira', 'AMRV'],
    ['djamila', 'JMLV'],
  ])('%s → %s', (input, expected) => expect(phoneticKey(input)).toBe(expected));
});

/** Arabic script and Latin spellings of the same name share a key and score high. */
const samePairs: [string, string][] = [
  ['محمد', 'Mohammed'],
  ['محمد', 'Muhammad'],
  ['محمد', 'Mohamed'],
  ['فاطمة', 'Fatima'],
  ['فاطمة', 'Fatma'],
  ['عبد الله', 'Abdullah'],
  ['عبد الله', 'Abdallah'],
  ['يوسف', 'Youssef'],
  ['يوسف', 'Yusuf'],
  ['أحمد', 'Ahmed'],
  ['أحمد', 'Ahmad'],
  ['حسن', 'Hassan'],
  ['حسن', 'Hasan'],
  ['خالد', 'Khaled'],
  ['عمر', 'Omar'],
  ['مريم', 'Mariam'],
  ['زينب', 'Zeinab'],
  ['إبراهيم', 'Ebrahim'],
  ['مصطفى', 'Moustafa'],
  ['عبد الرحمن', 'Abdelrahman'],
  ['Mohammed Hassan', 'Hasan Muhammad'],
  ['محمد حسن', 'Mohamed Hassan'],
  ['Fatima Al-Zahra', 'Fatma Zahra'],
];

describe('same name, different scripts and spellings', () => {
  it.each(samePairs)('%s ~ %s', (a, b) => {
    expect(nameKeys(a).some((k) => nameKeys(b).includes(k))).toBe(true);
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(0.9);
  });
});

const differentPairs: [string, string][] = [
  ['Mohammed', 'Ahmed'],
  ['محمد', 'Ahmed'],
  ['Fatima', 'Khadija'],
  ['فاطمة', 'Maryam'],
  ['Yusuf', 'Yunus'],
  ['Omar', 'Amira'],
  ['Khaled Mansour', 'Samir Haddad'],
  ['Leila', 'Layth'],
];

describe('different names', () => {
  it.each(differentPairs)('%s ≁ %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(defaultMatchingRules.nameMinimum);
  });
});

describe('jaroWinkler', () => {
  it.each([
    ['martha', 'marhta', 0.961],
    ['dixon', 'dicksonx', 0.813],
    ['abc', 'xyz', 0],
    ['same', 'same', 1],
  ])('%s %s', (a, b, expected) => expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3));
});

describe('searchName and identifiers', () => {
  it('makes one Latin form of a name', () => {
    expect(searchName('أحمد', 'Al-Rashid')).toBe('ahmad rashid');
  });
  it.each([
    ['national_id', ' ab-12 345 ', 'AB12345'],
    ['unhcr_id', '٣٤٥-٦٧', '34567'],
    ['phone', '+961 (70) 123-456', '96170123456'],
    ['phone', '0096170123456', '96170123456'],
  ])('%s %s', (kind, value, expected) => expect(normalizeIdentifier(kind, value)).toBe(expected));
});

describe('scoreCandidate with the default rules', () => {
  const base = { identifiers: [] as { kind: string; normalized: string }[] };
  it.each([
    [
      'same name across scripts, same dob and sex',
      { ...base, givenName: 'فاطمة', familyName: 'حسن', sex: 'female', dateOfBirth: '2010-03-04' },
      { ...base, givenName: 'Fatma', familyName: 'Hassan', sex: 'female', dateOfBirth: '2010-03-04' },
      'likely',
    ],
    [
      'same name, no dob',
      { ...base, givenName: 'Youssef', familyName: 'Khaled', sex: 'male' },
      { ...base, givenName: 'Yusuf', familyName: 'Khalid', sex: 'male' },
      'possible',
    ],
    [
      'identifier, different name',
      { givenName: 'Sara', familyName: 'Nasser', sex: 'female', identifiers: [{ kind: 'unhcr_id', normalized: 'X1' }] },
      { givenName: 'Mona', familyName: 'Saleh', sex: 'female', identifiers: [{ kind: 'unhcr_id', normalized: 'X1' }] },
      'likely',
    ],
    [
      'same name, sex and dob conflict',
      { ...base, givenName: 'Nour', familyName: 'Haddad', sex: 'female', dateOfBirth: '2001-01-01' },
      { ...base, givenName: 'Nour', familyName: 'Haddad', sex: 'male', dateOfBirth: '2015-01-01' },
      null,
    ],
    [
      'different name',
      { ...base, givenName: 'Omar', familyName: 'Saleh', sex: 'male', dateOfBirth: '2010-03-04' },
      { ...base, givenName: 'Samir', familyName: 'Haddad', sex: 'male', dateOfBirth: '2010-03-04' },
      null,
    ],
  ])('%s', (_label, q, c, level) => {
    expect(scoreCandidate(q, c, defaultMatchingRules).level).toBe(level);
  });
});
