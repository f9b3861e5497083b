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
  },
  {
    iso3: "MKD",
    previousName: "The former Yugoslav Republic of Macedonia",
    newName: "North Macedonia",
    from: "2019-02-14",
    source:
      "Joint letter of Skopje and Athens to the Secretary-General (received 13 February 2019); on the afternoon of 14 February 2019 the UN Protocol and Liaison Service announced the switch to 'North Macedonia' (Sofia Globe, 15 February 2019; AFP, 13 February 2019).",
  },
  {
    iso3: "TUR",
    previousName: "Turkey",
    newName: "Türkiye",
    from: "2022-06-01",
    source:
      "Letter of the Minister for Foreign Affairs of Türkiye to the Secretary-General, received on 1 June 2022; the UN Spokesperson said the change took effect the moment the letter was received (Anadolu Agency, Xinhua, CNN, 1-2 June 2022).",
  },
  {
    iso3: "NLD",
    previousName: "Netherlands",
    newName: "Netherlands (Kingdom of the)",
    from: "2023-01-01",
    source: "db/seed/member-states.ts (the UN short name today is 'Netherlands (Kingdom of the)'; documents of 2007-2010 say 'Netherlands').",
    assumption: true,
    note: "No notification was found. The year 2023 is the one recorded in member-states.ts; 1 January 2023 is a placeholder for a day not known. Any date after 2011 gives the right name for the period the tracker covers.",
  },
];
