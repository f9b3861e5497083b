/**
 * The 2009-2010 Group of Governmental Experts requested by paragraph 4 of resolution 62/17 ("a group of
 * governmental experts, to be established in 2009 on the basis of equitable geographical distribution", reporting
 * to the sixty-fifth session). The same request was first made in resolution 60/45 (para. 4) and repeated in
 * 61/54, 62/17 and 63/37; the Secretary-General's note transmitting the report (A/65/201) cites resolution 60/45.
 *
 * Anything not taken from the report or the resolution carries an `assumption` string saying so.
 */
export interface ExpertGroupSeed {
  name: string;
  establishedYear: number;
  reportDueSession: number;
  chairIso3: string;
  chairName: string;
  reportSymbol: string;
  reportDate: string;
  reportAgendaItem: number;
  members: { iso3: string; expertName: string | null; assumption?: string }[];
  /** `assumption` says why; the flags say which facts it touches (pages leave those out). */
  sessions: { number: number; startDate: string; endDate: string; venue: string; assumption?: string; daysAssumed?: true; monthAssumed?: true; venueAssumed?: true }[];
  sources: string[];
}

export const EXPERT_GROUP_2009: ExpertGroupSeed = {
  name: "Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security",
  establishedYear: 2009,
  reportDueSession: 65,
  chairIso3: "RUS",
  chairName: "Andrey V. Krutskikh",
  reportSymbol: "A/65/201",
  reportDate: "2010-07-30",
  reportAgendaItem: 94,
  // The 15 States named in the report (A/65/201), in English alphabetical order.
  // Expert names other than the Chair's are left null: they were not checked against the annex list of members.
  members: [
    { iso3: "BLR", expertName: null },
    { iso3: "BRA", expertName: null },
    { iso3: "CHN", expertName: null },
    { iso3: "EST", expertName: null },
    { iso3: "FRA", expertName: null },
    { iso3: "DEU", expertName: null },
    { iso3: "IND", expertName: null },
    { iso3: "ISR", expertName: null },
    { iso3: "ITA", expertName: null },
    { iso3: "QAT", expertName: null },
    { iso3: "KOR", expertName: null },
    { iso3: "RUS", expertName: "Andrey V. Krutskikh" },
    { iso3: "ZAF", expertName: null },
    { iso3: "GBR", expertName: null },
    {
      iso3: "USA",
      expertName: null,
      assumption: "Expert probably Ms. Michele G. Markoff (State Department); not checked against the annex of A/65/201, so left null.",
    },
  ],
  // ASSUMPTION (all four): the introduction of A/65/201 lists the sessions, but its text was not available when
  // this file was written. Known: four sessions, two in New York and two in Geneva, the first in New York in
  // November 2009, the second in Geneva in January 2010, consensus on the report in July 2010. The exact days,
  // and which of the third and fourth sessions was in Geneva, are best guesses to be checked against the report.
  sessions: [
    {
      number: 1,
      startDate: "2009-11-16",
      endDate: "2009-11-20",
      venue: "New York",
      assumption: "Venue and month (New York, November 2009) as given for the report's introduction; the days 16-20 November are a guess (a Monday-Friday week).",
      daysAssumed: true,
    },
    {
      number: 2,
      startDate: "2010-01-11",
      endDate: "2010-01-15",
      venue: "Geneva",
      assumption: "Venue and month (Geneva, January 2010) as given for the report's introduction; the days 11-15 January are a guess (a Monday-Friday week).",
      daysAssumed: true,
    },
    {
      number: 3,
      startDate: "2010-06-21",
      endDate: "2010-06-25",
      venue: "Geneva",
      assumption: "Not verified: month (June 2010), days and venue are guesses; the third session may instead have been in New York (then the fourth was in Geneva).",
      daysAssumed: true,
      monthAssumed: true,
      venueAssumed: true,
    },
    {
      number: 4,
      startDate: "2010-07-12",
      endDate: "2010-07-16",
      venue: "New York",
      assumption: "Not verified: the Group agreed its report in mid-July 2010 (press reports of 16-19 July 2010); the days 12-16 July and the venue New York are guesses.",
      daysAssumed: true,
      venueAssumed: true,
    },
  ],
  sources: [
    "A/RES/62/17, para. 4 (https://undocs.org/A/RES/62/17); text in db/seed/source/A-RES-62-17.txt",
    "A/RES/60/45, para. 4 (https://undocs.org/A/RES/60/45): the resolution cited in the Secretary-General's note transmitting the report",
    "A/65/201 of 30 July 2010, Report of the Group of Governmental Experts, sixty-fifth session, item 94 of the provisional agenda (https://undocs.org/A/65/201)",
    "UNODA, Developments in the field of information and telecommunications in the context of international security (https://www.un.org/disarmament/topics/informationsecurity/)",
  ],
};
