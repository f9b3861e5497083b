/**
 * Resolution 62/17 exactly as adopted (A/RES/62/17, distributed 8 January 2008); the official text
 * is kept beside this file in source/A-RES-62-17.txt. A test checks every paragraph below against it.
 */
export const RESOLUTION_62_17 = {
  symbol: "A/RES/62/17",
  number: "62/17",
  title: "Developments in the field of information and telecommunications in the context of international security",
  session: 62,
  agendaItem: 93,
  adoptedOn: "2007-12-05",
  meeting: "61st plenary meeting",
  committeeReport: "A/62/386",
  distributedOn: "2008-01-08",
  preamble: [
    "Recalling its resolutions 53/70 of 4 December 1998, 54/49 of 1 December 1999, 55/28 of 20 November 2000, 56/19 of 29 November 2001, 57/53 of 22 November 2002, 58/32 of 8 December 2003, 59/61 of 3 December 2004, 60/45 of 8 December 2005 and 61/54 of 6 December 2006,",
    "Recalling also its resolutions on the role of science and technology in the context of international security, in which, inter alia, it recognized that scientific and technological developments could have both civilian and military applications and that progress in science and technology for civilian applications needed to be maintained and encouraged,",
    "Noting that considerable progress has been achieved in developing and applying the latest information technologies and means of telecommunication,",
    "Affirming that it sees in this process the broadest positive opportunities for the further development of civilization, the expansion of opportunities for cooperation for the common good of all States, the enhancement of the creative potential of humankind and additional improvements in the circulation of information in the global community,",
    "Recalling, in this connection, the approaches and principles outlined at the Information Society and Development Conference, held in Midrand, South Africa, from 13 to 15 May 1996,",
    "Bearing in mind the results of the Ministerial Conference on Terrorism, held in Paris on 30 July 1996, and the recommendations that it made,¹",
    "Bearing in mind also the results of the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003 (first phase) and in Tunis from 16 to 18 November 2005 (second phase),²",
    "Noting that the dissemination and use of information technologies and means affect the interests of the entire international community and that optimum effectiveness is enhanced by broad international cooperation,",
    "Expressing its concern that these technologies and means can potentially be used for purposes that are inconsistent with the objectives of maintaining international stability and security and may adversely affect the integrity of the infrastructure of States to the detriment of their security in both civil and military fields,",
    "Considering that it is necessary to prevent the use of information resources or technologies for criminal or terrorist purposes,",
    "Noting the contribution of those Member States that have submitted their assessments on issues of information security to the Secretary-General pursuant to paragraphs 1 to 3 of resolutions 53/70, 54/49, 55/28, 56/19, 57/53, 58/32, 59/61, 60/45 and 61/54,",
    "Taking note of the reports of the Secretary-General containing those assessments,³",
    "Welcoming the initiative taken by the Secretariat and the United Nations Institute for Disarmament Research in convening an international meeting of experts in Geneva in August 1999 on developments in the field of information and telecommunications in the context of international security, as well as its results,",
    "Considering that the assessments of the Member States contained in the reports of the Secretary-General and the international meeting of experts have contributed to a better understanding of the substance of issues of international information security and related notions,",
    "Bearing in mind that the Secretary-General, in fulfilment of resolution 58/32, established in 2004 a group of governmental experts, which, in accordance with its mandate, considered existing and potential threats in the sphere of information security and possible cooperative measures to address them and conducted a study on relevant international concepts aimed at strengthening the security of global information and telecommunications systems,",
    "Taking note of the report of the Secretary-General on the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security, prepared on the basis of the results of the Group's work,⁴",
  ],
  footnotes: [
    "¹ See A/51/261, annex.",
    "² See A/C.2/59/3 and A/60/687.",
    "³ A/54/213, A/55/140 and Corr.1 and Add.1, A/56/164 and Add.1, A/57/166 and Add.1, A/58/373, A/59/116 and Add.1, A/60/95 and Add.1, and A/61/161 and Add.1.",
    "⁴ A/60/202.",
  ],
  paragraphs: [
    {
      number: 1,
      verb: "Calls upon",
      text: "Member States to promote further at multilateral levels the consideration of existing and potential threats in the field of information security, as well as possible measures to limit the threats emerging in this field, consistent with the need to preserve the free flow of information;",
    },
    {
      number: 2,
      verb: "Considers",
      text: "that the purpose of such measures could be served through the examination of relevant international concepts aimed at strengthening the security of global information and telecommunications systems;",
    },
    {
      number: 3,
      verb: "Invites",
      text: "all Member States to continue to inform the Secretary-General of their views and assessments on the following questions:",
    },
    {
      number: 4,
      verb: "Requests",
      text: "the Secretary-General, with the assistance of a group of governmental experts, to be established in 2009 on the basis of equitable geographical distribution, to continue to study existing and potential threats in the sphere of information security and possible cooperative measures to address them, as well as the concepts referred to in paragraph 2 above, and to submit a report on the results of this study to the General Assembly at its sixty-fifth session;",
    },
    {
      number: 5,
      verb: "Decides",
      text: 'to include in the provisional agenda of its sixty-third session the item entitled "Developments in the field of information and telecommunications in the context of international security".',
    },
  ],
  /** Paragraph 3's questions. */
  items: [
    { letter: "a", shortTitle: "General appreciation", text: "General appreciation of the issues of information security;" },
    {
      letter: "b",
      shortTitle: "National efforts",
      text: "Efforts taken at the national level to strengthen information security and promote international cooperation in this field;",
    },
    { letter: "c", shortTitle: "Concepts of paragraph 2", text: "The content of the concepts mentioned in paragraph 2 above;" },
    {
      letter: "d",
      shortTitle: "International measures",
      text: "Possible measures that could be taken by the international community to strengthen information security at the global level;",
    },
  ],
} as const;
