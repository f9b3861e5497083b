import { MEMBER_STATES } from "../../db/seed/member-states";
import { LOCALE_INFO, type Locale } from "./locales";
import { collator, sortCollated } from "@/lib/intl-cache";

/**
 * Names of the 193 Member States in the six official languages.
 *
 * English: the UN short names of the seed (db/seed/member-states.ts), which are UNTERM's.
 * Other languages: the CLDR region name (`Intl.DisplayNames`, Node's full ICU), keyed by ISO 3166-1 alpha-2,
 * overridden by the UN's official short form (UNTERM) wherever it differs from CLDR and is known here:
 * "Fédération de Russie" where CLDR says "Russie", "República de Corea" where CLDR says "Corea del Sur".
 * An overridden name is marked `official: true`; a CLDR name is `official: false`.
 */
export interface StateName {
  name: string;
  /** True when the name is the UN's official short form (the seed's English name, or an override below). */
  official: boolean;
  source: "un" | "cldr";
}

/** ISO 3166-1 alpha-3 -> alpha-2 for the 193 Member States. */
export const ISO3_TO_ISO2: Readonly<Record<string, string>> = {
  AFG: "AF", ALB: "AL", DZA: "DZ", AND: "AD", AGO: "AO", ATG: "AG", ARG: "AR", ARM: "AM",
  AUS: "AU", AUT: "AT", AZE: "AZ", BHS: "BS", BHR: "BH", BGD: "BD", BRB: "BB", BLR: "BY",
  BEL: "BE", BLZ: "BZ", BEN: "BJ", BTN: "BT", BOL: "BO", BIH: "BA", BWA: "BW", BRA: "BR",
  BRN: "BN", BGR: "BG", BFA: "BF", BDI: "BI", CPV: "CV", KHM: "KH", CMR: "CM", CAN: "CA",
  CAF: "CF", TCD: "TD", CHL: "CL", CHN: "CN", COL: "CO", COM: "KM", COG: "CG", CRI: "CR",
  CIV: "CI", HRV: "HR", CUB: "CU", CYP: "CY", CZE: "CZ", PRK: "KP", COD: "CD", DNK: "DK",
  DJI: "DJ", DMA: "DM", DOM: "DO", ECU: "EC", EGY: "EG", SLV: "SV", GNQ: "GQ", ERI: "ER",
  EST: "EE", SWZ: "SZ", ETH: "ET", FJI: "FJ", FIN: "FI", FRA: "FR", GAB: "GA", GMB: "GM",
  GEO: "GE", DEU: "DE", GHA: "GH", GRC: "GR", GRD: "GD", GTM: "GT", GIN: "GN", GNB: "GW",
  GUY: "GY", HTI: "HT", HND: "HN", HUN: "HU", ISL: "IS", IND: "IN", IDN: "ID", IRN: "IR",
  IRQ: "IQ", IRL: "IE", ISR: "IL", ITA: "IT", JAM: "JM", JPN: "JP", JOR: "JO", KAZ: "KZ",
  KEN: "KE", KIR: "KI", KWT: "KW", KGZ: "KG", LAO: "LA", LVA: "LV", LBN: "LB", LSO: "LS",
  LBR: "LR", LBY: "LY", LIE: "LI", LTU: "LT", LUX: "LU", MDG: "MG", MWI: "MW", MYS: "MY",
  MDV: "MV", MLI: "ML", MLT: "MT", MHL: "MH", MRT: "MR", MUS: "MU", MEX: "MX", FSM: "FM",
  MCO: "MC", MNG: "MN", MNE: "ME", MAR: "MA", MOZ: "MZ", MMR: "MM", NAM: "NA", NRU: "NR",
  NPL: "NP", NLD: "NL", NZL: "NZ", NIC: "NI", NER: "NE", NGA: "NG", MKD: "MK", NOR: "NO",
  OMN: "OM", PAK: "PK", PLW: "PW", PAN: "PA", PNG: "PG", PRY: "PY", PER: "PE", PHL: "PH",
  POL: "PL", PRT: "PT", QAT: "QA", KOR: "KR", MDA: "MD", ROU: "RO", RUS: "RU", RWA: "RW",
  KNA: "KN", LCA: "LC", VCT: "VC", WSM: "WS", SMR: "SM", STP: "ST", SAU: "SA", SEN: "SN",
  SRB: "RS", SYC: "SC", SLE: "SL", SGP: "SG", SVK: "SK", SVN: "SI", SLB: "SB", SOM: "SO",
  ZAF: "ZA", SSD: "SS", ESP: "ES", LKA: "LK", SDN: "SD", SUR: "SR", SWE: "SE", CHE: "CH",
  SYR: "SY", TJK: "TJ", THA: "TH", TLS: "TL", TGO: "TG", TON: "TO", TTO: "TT", TUN: "TN",
  TUR: "TR", TKM: "TM", TUV: "TV", UGA: "UG", UKR: "UA", ARE: "AE", GBR: "GB", TZA: "TZ",
  USA: "US", URY: "UY", UZB: "UZ", VUT: "VU", VEN: "VE", VNM: "VN", YEM: "YE", ZMB: "ZM",
  ZWE: "ZW",
};

type Overrides = Readonly<Record<string, string>>;

/** UN short forms (UNTERM) that differ from CLDR. */
export const UN_OVERRIDES: Readonly<Record<Exclude<Locale, "en">, Overrides>> = {
  fr: {
    BLR: "Bélarus",
    BOL: "Bolivie (État plurinational de)",
    BRN: "Brunéi Darussalam",
    CPV: "Cabo Verde",
    COG: "Congo",
    PRK: "République populaire démocratique de Corée",
    COD: "République démocratique du Congo",
    SLV: "El Salvador",
    FSM: "Micronésie (États fédérés de)",
    IRN: "Iran (République islamique d')",
    IRQ: "Iraq",
    KGZ: "Kirghizistan",
    LAO: "République démocratique populaire lao",
    MDA: "République de Moldova",
    MMR: "Myanmar",
    NLD: "Pays-Bas (Royaume des)",
    KOR: "République de Corée",
    RUS: "Fédération de Russie",
    KNA: "Saint-Kitts-et-Nevis",
    SYR: "République arabe syrienne",
    TLS: "Timor-Leste",
    TUR: "Türkiye",
    GBR: "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
    TZA: "République-Unie de Tanzanie",
    USA: "États-Unis d'Amérique",
    VEN: "Venezuela (République bolivarienne du)",
    VNM: "Viet Nam",
  },
  es: {
    BHR: "Bahrein",
    BGD: "Bangladesh",
    BLR: "Belarús",
    BEN: "Benin",
    BTN: "Bhután",
    BOL: "Bolivia (Estado Plurinacional de)",
    BWA: "Botswana",
    BRN: "Brunei Darussalam",
    PRK: "República Popular Democrática de Corea",
    DJI: "Djibouti",
    SWZ: "Eswatini",
    FJI: "Fiji",
    GNB: "Guinea-Bissau",
    IRN: "Irán (República Islámica del)",
    IRQ: "Iraq",
    KAZ: "Kazajstán",
    KEN: "Kenya",
    LAO: "República Democrática Popular Lao",
    LSO: "Lesotho",
    MWI: "Malawi",
    FSM: "Micronesia (Estados Federados de)",
    MDA: "República de Moldova",
    MMR: "Myanmar",
    NLD: "Países Bajos (Reino de los)",
    NZL: "Nueva Zelandia",
    PLW: "Palau",
    PNG: "Papua Nueva Guinea",
    QAT: "Qatar",
    KOR: "República de Corea",
    RUS: "Federación de Rusia",
    RWA: "Rwanda",
    KNA: "Saint Kitts y Nevis",
    SAU: "Arabia Saudita",
    SUR: "Suriname",
    SYR: "República Árabe Siria",
    TUR: "Türkiye",
    GBR: "Reino Unido de Gran Bretaña e Irlanda del Norte",
    TZA: "República Unida de Tanzanía",
    USA: "Estados Unidos de América",
    VEN: "Venezuela (República Bolivariana de)",
    VNM: "Viet Nam",
    ZWE: "Zimbabwe",
  },
  ru: {
    BHS: "Багамские Острова",
    BOL: "Боливия (Многонациональное Государство)",
    BRN: "Бруней-Даруссалам",
    COG: "Конго",
    PRK: "Корейская Народно-Демократическая Республика",
    COD: "Демократическая Республика Конго",
    FSM: "Микронезия (Федеративные Штаты)",
    IRN: "Иран (Исламская Республика)",
    KGZ: "Кыргызстан",
    LAO: "Лаосская Народно-Демократическая Республика",
    MHL: "Маршалловы Острова",
    MDA: "Республика Молдова",
    MMR: "Мьянма",
    NLD: "Нидерланды (Королевство)",
    KOR: "Республика Корея",
    RUS: "Российская Федерация",
    SYC: "Сейшельские Острова",
    SLB: "Соломоновы Острова",
    ZAF: "Южная Африка",
    SYR: "Сирийская Арабская Республика",
    TLS: "Тимор-Лешти",
    ARE: "Объединенные Арабские Эмираты",
    GBR: "Соединенное Королевство Великобритании и Северной Ирландии",
    TZA: "Объединенная Республика Танзания",
    USA: "Соединенные Штаты Америки",
    VEN: "Венесуэла (Боливарианская Республика)",
  },
  zh: {
    BOL: "多民族玻利维亚国",
    BRN: "文莱达鲁萨兰国",
    COG: "刚果",
    PRK: "朝鲜民主主义人民共和国",
    COD: "刚果民主共和国",
    FSM: "密克罗尼西亚联邦",
    IRN: "伊朗伊斯兰共和国",
    LAO: "老挝人民民主共和国",
    MDA: "摩尔多瓦共和国",
    NLD: "荷兰王国",
    KOR: "大韩民国",
    RUS: "俄罗斯联邦",
    SYR: "阿拉伯叙利亚共和国",
    GBR: "大不列颠及北爱尔兰联合王国",
    TZA: "坦桑尼亚联合共和国",
    USA: "美利坚合众国",
    VEN: "委内瑞拉玻利瓦尔共和国",
  },
  ar: {
    BOL: "بوليفيا (دولة - المتعددة القوميات)",
    BRN: "بروني دار السلام",
    CPV: "كابو فيردي",
    COG: "الكونغو",
    CIV: "كوت ديفوار",
    CZE: "تشيكيا",
    PRK: "جمهورية كوريا الشعبية الديمقراطية",
    COD: "جمهورية الكونغو الديمقراطية",
    FSM: "ميكرونيزيا (ولايات - الموحدة)",
    IRN: "إيران (جمهورية - الإسلامية)",
    LAO: "جمهورية لاو الديمقراطية الشعبية",
    MDA: "جمهورية مولدوفا",
    MMR: "ميانمار",
    KOR: "جمهورية كوريا",
    RUS: "الاتحاد الروسي",
    SYR: "الجمهورية العربية السورية",
    GBR: "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
    TZA: "جمهورية تنزانيا المتحدة",
    USA: "الولايات المتحدة الأمريكية",
    VEN: "فنزويلا (جمهورية - البوليفارية)",
    VNM: "فييت نام",
  },
};

const EN_NAMES: Readonly<Record<string, string>> = Object.fromEntries(MEMBER_STATES.map((s) => [s.iso3, s.name]));

const displayNames = new Map<Locale, Intl.DisplayNames>();
function regionNames(locale: Locale): Intl.DisplayNames {
  let dn = displayNames.get(locale);
  if (!dn) {
    dn = new Intl.DisplayNames([LOCALE_INFO[locale].bcp47], { type: "region", fallback: "none" });
    displayNames.set(locale, dn);
  }
  return dn;
}

/** The name with its provenance, or undefined for a code that is not one of the 193 Member States. */
export function stateNameEntry(iso3: string, locale: Locale): StateName | undefined {
  const en = EN_NAMES[iso3];
  if (en === undefined) return undefined;
  if (locale === "en") return { name: en, official: true, source: "un" };
  const override = UN_OVERRIDES[locale][iso3];
  if (override) return { name: override, official: true, source: "un" };
  const iso2 = ISO3_TO_ISO2[iso3];
  const cldr = iso2 ? regionNames(locale).of(iso2) : undefined;
  // CLDR has every Member State; the English UN name is the last resort, never an empty string.
  return cldr ? { name: cldr, official: false, source: "cldr" } : { name: en, official: false, source: "un" };
}

/** "RUS", "fr" -> "Fédération de Russie". Unknown codes come back as they are. */
export function stateName(iso3: string, locale: Locale): string {
  return stateNameEntry(iso3, locale)?.name ?? iso3;
}

/** Compare two State names in the reader's language, for sorted lists (Arabic order in Arabic, and so on). */
export function stateCollator(locale: Locale): Intl.Collator {
  return collator(LOCALE_INFO[locale].bcp47, STATE_ORDER);
}

const STATE_ORDER: Intl.CollatorOptions = { sensitivity: "base" };

/**
 * The string a name is sorted by. UN Arabic lists ignore the definite article "ال" at the start of a name
 * (الاتحاد الروسي, إثيوبيا, أذربيجان, الأرجنتين, الأردن, أرمينيا, ...); every other language sorts the name as is.
 */
export function stateSortKey(name: string, locale: Locale): string {
  return locale === "ar" ? name.replace(/^ال(?=\S{2})/u, "") : name;
}

/** The Member States' ISO3 codes sorted by their names in `locale`, in that language's alphabetical order. */
export function sortedStates(iso3s: readonly string[], locale: Locale): string[] {
  return sortCollated(iso3s, (iso3) => stateSortKey(stateName(iso3, locale), locale), LOCALE_INFO[locale].bcp47, STATE_ORDER);
}

/**
 * A State's name as a reader sees it: in English the name given (the name of the day, which the database knows through
 * renamings), in another language the UN or CLDR name in that language.
 */
export function readerStateName(iso3: string, english: string, locale: Locale): string {
  return locale === "en" ? english : stateName(iso3, locale);
}

/** States named in the reader's language (`name` replaced) and sorted in that language's order. */
export function inReaderLanguage<T extends { iso3: string; name: string }>(states: readonly T[], locale: Locale): T[] {
  const named = states.map((s) => ({ ...s, name: readerStateName(s.iso3, s.name, locale) }));
  return sortCollated(named, (s) => stateSortKey(s.name, locale), LOCALE_INFO[locale].bcp47, STATE_ORDER);
}

/** Names listed in a sentence in the reader's language: "France, Japan, Mali", "فرنسا، اليابان، مالي", "法国、日本、马里". */
export function listNames(names: readonly string[], locale: Locale): string {
  return names.join(locale === "ar" ? "، " : locale === "zh" ? "、" : ", ");
}
