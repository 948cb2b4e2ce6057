/**
 * A pool of given and family names, in Latin and Arabic script, from which the bench composes its
 * fictional persons (a given name and a family name drawn at random: no real person is meant). Each
 * name carries the search tokens and phonetic keys duplicate detection computes for it, so the
 * seeded rows are indexed exactly as createCase would index them.
 */
import { nameKeys, searchName } from '../subgraphs/case/src/dedupe/transliterate';

const latinFemale = `Amina Fatima Layla Maryam Sara Huda Noor Rania Yasmin Salma Jamila Khadija Zaynab Aisha Hana Dina
Lina Mona Rasha Samira Nadia Iman Reem Farah Ghada Hiba Asma Basma Dalia Esra Grace Mary Esther Ruth Joy Faith
Blessing Amani Neema Zawadi Aminata Mariama Fatoumata Awa Khady Nafisa Halima Hawa Habiba Rukia Sumaya Warda Nawal
Souad Najwa Ibtisam Malak Rahaf Shahd Jana Tala Lujain Maysa Ruba Bushra Wafa Nisreen Suha Abeer Manal`.split(/\s+/);

const latinMale =
  `Muhammad Ahmad Ali Umar Yusuf Ibrahim Hasan Husayn Khalid Karim Tariq Bilal Hamza Abdullah Abdelrahman
Mustafa Said Rashid Jafar Abbas Samir Nabil Walid Faris Ziad Omar Adam Idris Musa Isa John Peter Joseph David Samuel
Daniel Emmanuel Patrick Moses Juma Baraka Amadou Moussa Ousmane Mamadou Anas Ayman Bashir Fadi Ghassan Hadi Imad
Jamal Kamal Luay Majid Nizar Osama Qais Raed Salim Tamer Wael Yasser Zaher Abdulaziz Abdelkarim`.split(/\s+/);

const arabicFemale = `فاطمة مريم زينب عائشة خديجة سارة ليلى أمينة هدى رانيا ياسمين سلمى جميلة نور سعاد`.split(/\s+/);
const arabicMale =
  `محمد أحمد علي عمر يوسف إبراهيم حسن حسين خالد كريم طارق بلال حمزة مصطفى سعيد رشيد جعفر عباس منير`.split(/\s+/);

const latinFamily =
  `Haddad Khalil Nasser Saleh Mansour Hamdan Darwish Qasim Yassin Bakr Zaki Fares Shami Masri Halabi Ayoub
Sabbagh Hijazi Kanaan Tamimi Jaber Hussein Abbas Rahman Osman Mohamed Ahmed Hassan Ibrahim Mahmoud Suleiman Salem
Karimi Rahimi Haidari Ahmadi Hosseini Mohammadi Rezaei Jafari Sadeghi Omondi Otieno Wanjiru Kamau Mwangi Njoroge
Achieng Okello Mugisha Niyonzima Habimana Uwimana Nkurunziza Diallo Traore Keita Coulibaly Camara Toure Sow Barry
Bah Kone Sissoko Adeyemi Okafor Mensah Boateng Tesfaye Bekele Girma Haile Yousef Sharif Warsame Abdi Jama Elmi Hersi
Aden Dahir Garcia Lopez Martinez Rodriguez Hernandez Perez Gomez Diaz Cruz Morales Reyes Flores al-Rashid el-Sayed
Abu-Zaid Qureshi Siddiqui Baig Durrani Yusufzai Popal Barakzai Noorzai Sultani Wardak Zadran`.split(/\s+/);

const arabicFamily =
  `حداد خليل ناصر صالح منصور حمدان درويش قاسم ياسين بكر زكي فارس الشامي المصري الحلبي أيوب الصباغ حجازي كنعان
التميمي جابر حسين عباس عثمان إبراهيم محمود سليمان سالم الرشيد العلي`.split(/\s+/);

export interface PoolName {
  name: string;
  /** search_name part: the name's tokens, normalised and transliterated (empty for none). */
  search: string;
  /** The name's phonetic keys (name_keys part). */
  keys: string[];
}

const pooled = (name: string): PoolName => ({ name, search: searchName(name), keys: nameKeys(name) });

export const givenNames: { female: PoolName[]; male: PoolName[] } = {
  female: [...latinFemale, ...arabicFemale].map(pooled),
  male: [...latinMale, ...arabicMale].map(pooled),
};
export const familyNames: PoolName[] = [...latinFamily, ...arabicFamily].map(pooled);

/**
 * The n-th person "being registered": names and birth dates drawn as the seed draws them, so lookups
 * meet the same crowding of common names the seeded agency has.
 */
export function someone(n: number) {
  const female = n % 2 === 0;
  const pool = female ? givenNames.female : givenNames.male;
  const given = pool[(n * 7) % pool.length]!.name;
  const family = familyNames[(n * 13) % familyNames.length]!.name;
  const day = new Date(Date.UTC(1950, 0, 1) + ((n * 7919) % 27000) * 86_400_000).toISOString().slice(0, 10);
  return { givenName: given, familyName: family, sex: female ? 'FEMALE' : 'MALE', dateOfBirth: day };
}
export type Someone = ReturnType<typeof someone>;
