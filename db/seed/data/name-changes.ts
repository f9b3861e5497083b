/**
 * Changes of the UN short names of Member States since 1998 (plus Serbia's since its admission in 2000).
 *
 * Each row says: up to the day before `from`, the State was called `previousName` in UN documents; from `from`
 * (a New York calendar day, "YYYY-MM-DD") it is called `newName`. A State with several changes has several rows;
 * the `newName` of one row is the `previousName` of the next, and the last `newName` is today's name in
 * db/seed/member-states.ts (a test checks both).
 *
 * Every row carries a `source` (the notification or document relied on). Where the exact day from which the UN
 * used the new name could not be verified, the row also has `assumption: true` and a `note` saying what is known
 * and what the date stands for.
 *
 * Not included: changes before 1998 (e.g. Zaire -> Democratic Republic of the Congo, 1997), changes of the formal
 * (long) name only (e.g. "Islamic Republic of the Gambia", 2015-2017: the short name stayed "Gambia"), and
 * "Venezuela" -> "Venezuela (Bolivarian Republic of)", whose date of adoption in UN documents (after the 1999
 * Constitution, before 2007) was not established; it is in force throughout the period the tracker covers.
 */
import type { OtherLanguageNames } from "../../schema/states";

export interface NameChangeSeed {
  /** ISO 3166-1 alpha-3, as in member-states.ts */
  iso3: string;
  /** The UN short name used up to the day before `from` */
  previousName: string;
  /** The UN short name used from `from` on */
  newName: string;
  /** First New York calendar day on which `newName` is the name ("YYYY-MM-DD") */
  from: string;
  /** The notification or document relied on */
  source: string;
  /** Set when the exact day is not verified; `note` then says what the date stands for */
  assumption?: true;
  note?: string;
  /**
   * `previousName` in the other official languages, as UN documents of the time printed it. The forms come from
   * the UN terminology of the period (UNTERM, the lists of Member States in each language) as known to the author;
   * a form that could not be checked is named in `namesAssumption`.
   */
  previousNames: OtherLanguageNames;
  /** Which of `previousNames` are not verified, and why they are taken to be right */
  namesAssumption?: string;
}

export const NAME_CHANGES: readonly NameChangeSeed[] = [
  {
    iso3: "SRB",
    previousName: "Yugoslavia",
    newName: "Serbia and Montenegro",
    from: "2003-02-04",
    source:
      "Constitutional Charter of the State Union of Serbia and Montenegro (February 2003); the Federal Republic of Yugoslavia, admitted on 1 November 2000, was renamed Serbia and Montenegro in February 2003 (Xinhua, 6 June 2006).",
    assumption: true,
    note: "The month is sourced; the day (4 February 2003, the day the Charter was proclaimed) is remembered, not checked against a UN notification.",
    previousNames: { fr: "Yougoslavie", es: "Yugoslavia", ru: "Югославия", zh: "南斯拉夫", ar: "يوغوسلافيا" },
  },
  {
    iso3: "SRB",
    previousName: "Serbia and Montenegro",
    newName: "Serbia",
    from: "2006-06-03",
    source:
      "Letter of the President of the Republic of Serbia to the Secretary-General informing him that the membership of Serbia and Montenegro is continued by the Republic of Serbia (reported by EFE, June 2006; the UN 'Member States' page records it); Montenegro declared independence on 3 June 2006 and was admitted on 28 June 2006 (GA/10479).",
    assumption: true,
    note: "The letter is dated 3 June 2006 on the UN's Member States page as remembered; not re-checked here. The Serbian Assembly's decision on succession is of 5 June 2006.",
    previousNames: { fr: "Serbie-et-Monténégro", es: "Serbia y Montenegro", ru: "Сербия и Черногория", zh: "塞尔维亚和黑山", ar: "صربيا والجبل الأسود" },
  },
  {
    iso3: "BOL",
    previousName: "Bolivia",
    newName: "Bolivia (Plurinational State of)",
    from: "2009-03-18",
    source:
      "Constitution of the Plurinational State of Bolivia (in force 7 February 2009) and Supreme Decree No. 48 of 18 March 2009 prescribing 'Estado Plurinacional de Bolivia' in international relations and official correspondence (El Universo, 8 June 2009).",
    assumption: true,
    note: "The date is that of Supreme Decree No. 48; the day from which UN documents used the new short name was not found. UN documents of the second half of 2009 are taken to use it.",
    previousNames: { fr: "Bolivie", es: "Bolivia", ru: "Боливия", zh: "玻利维亚", ar: "بوليفيا" },
  },
  {
    iso3: "LBY",
    previousName: "Libyan Arab Jamahiriya",
    newName: "Libya",
    from: "2011-09-16",
    source:
      "UN Information Service Vienna, press release of 5 October 2011: following the adoption of General Assembly resolution 66/1, the Permanent Mission of Libya notified the United Nations of the Declaration of the National Transitional Council of 3 August 2011 changing the official name of the Libyan Arab Jamahiriya to 'Libya'.",
    assumption: true,
    note: "The notification followed resolution 66/1 (credentials, taken to be of 16 September 2011); its exact day was not found, so the day of 66/1 is used.",
    previousNames: { fr: "Jamahiriya arabe libyenne", es: "Jamahiriya Árabe Libia", ru: "Ливийская Арабская Джамахирия", zh: "阿拉伯利比亚民众国", ar: "الجماهيرية العربية الليبية" },
  },
  {
    iso3: "CPV",
    previousName: "Cape Verde",
    newName: "Cabo Verde",
    from: "2013-10-24",
    source:
      "Letter of the Permanent Representative of Cape Verde to the Secretary-General (October 2013) asking that the short name be 'Cabo Verde' in all official languages and not be translated (Boston Globe, 10 February 2014; PANA).",
    assumption: true,
    note: "The month (October 2013) is sourced; the day, 24 October 2013, is given by a secondary source only.",
    previousNames: { fr: "Cap-Vert", es: "Cabo Verde", ru: "Кабо-Верде", zh: "佛得角", ar: "الرأس الأخضر" },
    namesAssumption: "Spanish, Russian and Chinese are taken to have kept their form (\"Cabo Verde\", \"Кабо-Верде\", \"佛得角\") before and after 2013: only the English, French and Arabic forms changed; not checked against documents of the time.",
  },
  {
    iso3: "CZE",
    previousName: "Czech Republic",
    newName: "Czechia",
    from: "2016-07-01",
    source:
      "Czech Government Resolution No. 403/2016 of 2 May 2016 asking the UN to enter the short name 'Czechia' in UNTERM and UNGEGN (Ministry of Foreign Affairs of the Czech Republic); the request was notified to the UN in the following weeks and reported in force from early July 2016.",
    assumption: true,
    note: "The day the UN databases took the short name was not found; 1 July 2016 (reported as the date of effect) is used.",
    previousNames: { fr: "République tchèque", es: "República Checa", ru: "Чешская Республика", zh: "捷克共和国", ar: "الجمهورية التشيكية" },
  },
  {
    iso3: "SWZ",
    previousName: "Swaziland",
    newName: "Eswatini",
    from: "2018-04-19",
    source:
      "Declaration of King Mswati III of 19 April 2018 and Legal Notice No. 80 of 2018 (the Kingdom of Swaziland is changed to Kingdom of Eswatini) (Africanews, 19 May 2018).",
    assumption: true,
    note: "The date is that of the declaration; the day the UN Secretariat began using 'Eswatini' was not found.",
    previousNames: { fr: "Swaziland", es: "Swazilandia", ru: "Свазиленд", zh: "斯威士兰", ar: "سوازيلند" },
    namesAssumption: "The Chinese form is taken to be the same before and after 2018 (斯威士兰); not checked.",
  },
  {
    iso3: "MKD",
    previousName: "The former Yugoslav Republic of Macedonia",
    newName: "North Macedonia",
    from: "2019-02-14",
    source:
      "Joint letter of Skopje and Athens to the Secretary-General (received 13 February 2019); on the afternoon of 14 February 2019 the UN Protocol and Liaison Service announced the switch to 'North Macedonia' (Sofia Globe, 15 February 2019; AFP, 13 February 2019).",
    previousNames: { fr: "ex-République yougoslave de Macédoine", es: "ex República Yugoslava de Macedonia", ru: "бывшая югославская Республика Македония", zh: "前南斯拉夫的马其顿共和国", ar: "جمهورية مقدونيا اليوغوسلافية السابقة" },
  },
  {
    iso3: "TUR",
    previousName: "Turkey",
    newName: "Türkiye",
    from: "2022-06-01",
    source:
      "Letter of the Minister for Foreign Affairs of Türkiye to the Secretary-General, received on 1 June 2022; the UN Spokesperson said the change took effect the moment the letter was received (Anadolu Agency, Xinhua, CNN, 1-2 June 2022).",
    previousNames: { fr: "Turquie", es: "Turquía", ru: "Турция", zh: "土耳其", ar: "تركيا" },
    namesAssumption: "The Russian, Chinese and Arabic forms are taken to be unchanged by the 2022 notification (Турция, 土耳其, تركيا); only the Latin-script forms are known to have become \"Türkiye\".",
  },
  {
    iso3: "NLD",
    previousName: "Netherlands",
    newName: "Netherlands (Kingdom of the)",
    from: "2023-01-01",
    source: "db/seed/member-states.ts (the UN short name today is 'Netherlands (Kingdom of the)'; documents of 2007-2010 say 'Netherlands').",
    assumption: true,
    note: "No notification was found. The year 2023 is the one recorded in member-states.ts; 1 January 2023 is a placeholder for a day not known. Any date after 2011 gives the right name for the period the tracker covers.",
    previousNames: { fr: "Pays-Bas", es: "Países Bajos", ru: "Нидерланды", zh: "荷兰", ar: "هولندا" },
    namesAssumption: "The Arabic form is taken to be unchanged (هولندا): the Arabic form of 'Netherlands (Kingdom of the)' was not found.",
  },
];
