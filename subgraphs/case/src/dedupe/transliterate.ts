/**
 * Name handling for duplicate detection, pure: normalisation of Latin and Arabic script,
 * Arabic → Latin transliteration, and a phonetic key per name token. Everything ends in lower-case
 * Latin letters so that a name registered in one script is found from the other.
 */

/** Harakat, superscript alef, Quranic marks and tatweel: dropped. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;

/** Letter variants written interchangeably in names. */
export function normalizeArabic(text: string): string {
  return text
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[ک]/g, 'ك')
    .replace(/[ی]/g, 'ي');
}

/**
 * Common names whose Latin spelling cannot be derived letter by letter (the short vowels are not
 * written). Keys are normalised Arabic (normalizeArabic), values the usual Latin form.
 */
const KNOWN_NAMES: Record<string, string> = {
  محمد: 'muhammad',
  محمود: 'mahmud',
  احمد: 'ahmad',
  حامد: 'hamid',
  فاطمه: 'fatima',
  عبدالله: 'abdullah',
  الله: 'allah',
  يوسف: 'yusuf',
  حسن: 'hasan',
  حسين: 'husayn',
  علي: 'ali',
  عمر: 'umar',
  عثمان: 'uthman',
  خالد: 'khalid',
  مريم: 'maryam',
  عايشه: 'aisha',
  خديجه: 'khadija',
  زينب: 'zaynab',
  ابراهيم: 'ibrahim',
  اسماعيل: 'ismail',
  مصطفي: 'mustafa',
  سعيد: 'said',
  سعاد: 'suad',
  نور: 'nur',
  ساره: 'sara',
  ليلي: 'layla',
  امينه: 'amina',
  هدي: 'huda',
  رانيا: 'rania',
  ياسمين: 'yasmin',
  سلمي: 'salma',
  جميله: 'jamila',
  كريم: 'karim',
  رشيد: 'rashid',
  طارق: 'tariq',
  يحيي: 'yahya',
  عيسي: 'isa',
  موسي: 'musa',
  صالح: 'salih',
  جعفر: 'jafar',
  حمزه: 'hamza',
  بلال: 'bilal',
  عباس: 'abbas',
  اسامه: 'usama',
  منير: 'munir',
};

/** Letter by letter for everything else; long vowels and ayn become vowels, which keys drop. */
const ARABIC_TO_LATIN: Record<string, string> = {
  ا: 'a',
  ء: '',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
  پ: 'p',
  چ: 'ch',
  گ: 'g',
  ژ: 'zh',
};

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Eastern Arabic and Persian digits as ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(ARABIC_DIGITS, (d) => String(((d.codePointAt(0)! - 0x0660) % 0x90) % 10));
}

/** One Arabic word (normalised) in Latin letters. */
function arabicWordToLatin(word: string): string {
  const known = KNOWN_NAMES[word];
  if (known) return known;
  // The article: الرشيد → rashid (a name that only starts with alef-lam is at most 4 letters).
  if (word.startsWith('ال') && word.length >= 5) {
    const rest = KNOWN_NAMES[word.slice(2)];
    return rest ?? arabicWordToLatin(word.slice(2));
  }
  let out = '';
  const letters = [...word];
  letters.forEach((ch, i) => {
    // و and ي are consonants at the start of a word and long vowels elsewhere.
    if (ch === 'و') out += i === 0 ? 'w' : 'u';
    else if (ch === 'ي') out += i === 0 ? 'y' : 'i';
    // A final ه is almost always ta marbuta (normalised to ه): fatimah → fatima.
    else if (ch === 'ه' && i === letters.length - 1 && i > 0) out += 'a';
    else out += ARABIC_TO_LATIN[ch] ?? '';
  });
  return out;
}

/** Articles and connectors that are spelled in many ways or left out; dropped before a following word. */
const ARTICLES = new Set(['al', 'el', 'ul', 'ar', 'as', 'ad', 'at', 'an', 'az', 'ash', 'ibn', 'bin', 'ben', 'bint']);
/** The "servant of" prefix of compound names: joined with the next word (abd al-rahman → abdrahman). */
const ABD = new Set(['abd', 'abdul', 'abdel', 'abdal', 'abdoul', 'abdu', 'abdol']);

/**
 * Any name (Latin or Arabic script, or both) as lower-case Latin tokens: diacritics, punctuation
 * and articles dropped, Arabic transliterated, "abd" compounds joined.
 */
export function nameTokens(name: string): string[] {
  const text = normalizeArabic(asciiDigits(name))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’'`ʿʾ‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!text) return [];
  const raw: string[] = [];
  for (const word of text.split(' ')) {
    // Split a word that mixes scripts (rare, but typed names do it).
    for (const part of word.split(
      /(?<=[\u0600-\u06FF])(?=[^\u0600-\u06FF])|(?<=[^\u0600-\u06FF])(?=[\u0600-\u06FF])/,
    )) {
      if (ARABIC_LETTER.test(part)) {
        // عبد الله written as two words or one.
        raw.push(arabicWordToLatin(part));
      } else {
        raw.push(part.replace(/[^a-z0-9]/g, ''));
      }
    }
  }
  const words = raw.filter(Boolean);
  const tokens: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && ARTICLES.has(w)) continue;
    if (next !== undefined && ABD.has(w)) {
      let j = i + 1;
      while (j < words.length - 1 && ARTICLES.has(words[j]!)) j++;
      tokens.push(`abd${stripArticle(words[j]!)}`);
      i = j;
      continue;
    }
    tokens.push(w);
  }
  return tokens.map(joinAbd);
}

function stripArticle(word: string): string {
  return /^(al|el)(?=[a-z]{3})/.test(word) ? word.slice(2) : word;
}

/** abdullah, abdallah, abdulrahman, abdelrahman: one spelling for the "abd" compounds. */
function joinAbd(token: string): string {
  const m = /^abd(?:ul|el|al|oul|ol|ur|ar|er|u)?([a-z]{3,})$/.exec(token);
  return m ? `abd${stripArticle(m[1]!)}` : token;
}

/** The name as one normalised Latin string (the search_name column). */
export function searchName(...parts: string[]): string {
  return parts.flatMap(nameTokens).join(' ');
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'w']);

/**
 * A consonant skeleton of one Latin token, in the spirit of Soundex and metaphone but tuned for
 * names of Arabic origin: the first letter kept (any vowel as A), later vowels (and y, w) dropped,
 * digraphs kh gh sh th dh ch ph as one sound, q/c/ck → K, p → B, v → F, g/dj → J, a final h after a
 * vowel dropped (ta marbuta: fatimah), doubled letters collapsed, a final vowel kept as V.
 */
export function phoneticKey(token: string): string {
  let t = token.toLowerCase().replace(/[^a-z]/g, '');
  if (!t) return '';
  t = t.replace(/([aeiouy])h$/, '$1');
  const finalVowel = /[aeiouy]$/.test(t);
  t = t
    .replace(/kh/g, 'X')
    .replace(/gh/g, 'G')
    .replace(/(sch|sh|ch)/g, 'S')
    .replace(/th/g, 'T')
    .replace(/dh/g, 'D')
    .replace(/ph/g, 'F')
    .replace(/dj/g, 'J')
    .replace(/ck/g, 'K')
    .replace(/x/g, 'KS')
    .replace(/[qck]/g, 'K')
    .replace(/[gj]/g, 'J')
    .replace(/p/g, 'B')
    .replace(/v/g, 'F')
    .replace(/z/g, 'Z')
    .toUpperCase();
  const first = 'AEIOU'.includes(t[0]!) ? 'A' : t[0]!;
  let key = first;
  let previous = first;
  for (const ch of t.slice(1)) {
    if (VOWELS.has(ch.toLowerCase())) {
      previous = '';
      continue;
    }
    // Doubled letters collapse; the same consonant on both sides of a vowel stays twice (mamun).
    if (ch !== previous) key += ch;
    previous = ch;
  }
  // A final vowel is kept as one mark: it tells Amir from Amira, Karim from Karima.
  return finalVowel && key.length > 1 ? `${key}V` : key;
}

/** Distinct phonetic keys of a name's tokens (the name_keys column and the blocking lookup). */
export function nameKeys(...parts: string[]): string[] {
  return [
    ...new Set(
      parts
        .flatMap(nameTokens)
        .map(phoneticKey)
        .filter((k) => k.length > 0),
    ),
  ].sort();
}

/** The two indexed columns of a person, from their names. */
export function nameIndex(givenName: string, familyName: string): { searchName: string; nameKeys: string[] } {
  return { searchName: searchName(givenName, familyName), nameKeys: nameKeys(givenName, familyName) };
}
