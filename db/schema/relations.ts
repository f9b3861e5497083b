import { relations } from "drizzle-orm";
import { auditEvents } from "./audit";
import { deadlineExtensions, reportingCycles } from "./cycles";
import { documents } from "./documents";
import { expertGroupMembers, expertGroups, expertGroupSessions } from "./expert-groups";
import { milestones } from "./milestones";
import { calendarTokens, outbox } from "./outreach";
import { reportEntries, reports } from "./reports";
import { paragraphs, requestedItems, resolutions } from "./resolutions";
import { gaSessions } from "./sessions";
import { memberStates, stateNameChanges } from "./states";
import { attachments, reviewComments, reviewerAssignments, revisions, submissions } from "./submissions";
import { users } from "./users";

/**
 * How the tables relate, for Drizzle's relational queries (`db.query.<table>.findMany({ with })`).
 * Nothing here reaches the database: the foreign keys are in the table files, and migrations do not
 * change when a relation is added. Only this file imports every table, and no table imports it.
 */

export const resolutionsRelations = relations(resolutions, ({ one, many }) => ({
  gaSession: one(gaSessions, { fields: [resolutions.session], references: [gaSessions.number] }),
  previous: one(resolutions, { fields: [resolutions.previousResolutionId], references: [resolutions.id] }),
  paragraphs: many(paragraphs),
  requestedItems: many(requestedItems),
  cycles: many(reportingCycles),
  milestones: many(milestones),
  expertGroups: many(expertGroups),
}));

export const paragraphsRelations = relations(paragraphs, ({ one, many }) => ({
  resolution: one(resolutions, { fields: [paragraphs.resolutionId], references: [resolutions.id] }),
  requestedItems: many(requestedItems),
}));

export const requestedItemsRelations = relations(requestedItems, ({ one, many }) => ({
  resolution: one(resolutions, { fields: [requestedItems.resolutionId], references: [resolutions.id] }),
  paragraph: one(paragraphs, { fields: [requestedItems.paragraphId], references: [paragraphs.id] }),
  submissions: many(submissions),
}));

export const reportingCyclesRelations = relations(reportingCycles, ({ one, many }) => ({
  resolution: one(resolutions, { fields: [reportingCycles.resolutionId], references: [resolutions.id] }),
  mandatedBy: one(documents, { fields: [reportingCycles.mandatedById], references: [documents.id] }),
  gaSession: one(gaSessions, { fields: [reportingCycles.targetSession], references: [gaSessions.number] }),
  deadlineExtensions: many(deadlineExtensions),
  submissions: many(submissions),
  reviewerAssignments: many(reviewerAssignments),
  reports: many(reports),
  outbox: many(outbox),
}));

export const deadlineExtensionsRelations = relations(deadlineExtensions, ({ one }) => ({
  cycle: one(reportingCycles, { fields: [deadlineExtensions.cycleId], references: [reportingCycles.id] }),
  memberState: one(memberStates, { fields: [deadlineExtensions.memberStateId], references: [memberStates.id] }),
  grantedBy: one(users, { fields: [deadlineExtensions.grantedById], references: [users.id] }),
}));

export const milestonesRelations = relations(milestones, ({ one }) => ({
  resolution: one(resolutions, { fields: [milestones.resolutionId], references: [resolutions.id] }),
  paragraph: one(paragraphs, { fields: [milestones.paragraphId], references: [paragraphs.id] }),
  cycle: one(reportingCycles, { fields: [milestones.cycleId], references: [reportingCycles.id] }),
  expertGroup: one(expertGroups, { fields: [milestones.expertGroupId], references: [expertGroups.id] }),
}));

export const stateNameChangesRelations = relations(stateNameChanges, ({ one }) => ({
  memberState: one(memberStates, { fields: [stateNameChanges.memberStateId], references: [memberStates.id] }),
}));

export const memberStatesRelations = relations(memberStates, ({ many }) => ({
  nameChanges: many(stateNameChanges),
  submissions: many(submissions),
  deadlineExtensions: many(deadlineExtensions),
  expertGroupMemberships: many(expertGroupMembers),
}));

export const usersRelations = relations(users, ({ one }) => ({
  memberState: one(memberStates, { fields: [users.memberStateId], references: [memberStates.id] }),
}));

export const expertGroupsRelations = relations(expertGroups, ({ one, many }) => ({
  resolution: one(resolutions, { fields: [expertGroups.resolutionId], references: [resolutions.id] }),
  reportSession: one(gaSessions, { fields: [expertGroups.reportDueSession], references: [gaSessions.number] }),
  members: many(expertGroupMembers),
  sessions: many(expertGroupSessions),
  milestones: many(milestones),
}));

export const expertGroupMembersRelations = relations(expertGroupMembers, ({ one }) => ({
  expertGroup: one(expertGroups, { fields: [expertGroupMembers.expertGroupId], references: [expertGroups.id] }),
  memberState: one(memberStates, { fields: [expertGroupMembers.memberStateId], references: [memberStates.id] }),
}));

export const expertGroupSessionsRelations = relations(expertGroupSessions, ({ one }) => ({
  expertGroup: one(expertGroups, { fields: [expertGroupSessions.expertGroupId], references: [expertGroups.id] }),
}));

export const submissionsRelations = relations(submissions, ({ one, many }) => ({
  memberState: one(memberStates, { fields: [submissions.memberStateId], references: [memberStates.id] }),
  cycle: one(reportingCycles, { fields: [submissions.cycleId], references: [reportingCycles.id] }),
  item: one(requestedItems, { fields: [submissions.itemId], references: [requestedItems.id] }),
  reviewer: one(users, { fields: [submissions.reviewerId], references: [users.id] }),
  submittedRevision: one(revisions, { fields: [submissions.submittedRevisionId], references: [revisions.id] }),
  revisions: many(revisions),
  reviewComments: many(reviewComments),
  attachments: many(attachments),
  reportEntries: many(reportEntries),
}));

export const revisionsRelations = relations(revisions, ({ one }) => ({
  submission: one(submissions, { fields: [revisions.submissionId], references: [submissions.id] }),
  author: one(users, { fields: [revisions.authorId], references: [users.id] }),
}));

export const reviewCommentsRelations = relations(reviewComments, ({ one }) => ({
  submission: one(submissions, { fields: [reviewComments.submissionId], references: [submissions.id] }),
  author: one(users, { fields: [reviewComments.authorId], references: [users.id] }),
}));

export const attachmentsRelations = relations(attachments, ({ one }) => ({
  submission: one(submissions, { fields: [attachments.submissionId], references: [submissions.id] }),
  uploadedBy: one(users, { fields: [attachments.uploadedById], references: [users.id] }),
}));

export const reviewerAssignmentsRelations = relations(reviewerAssignments, ({ one }) => ({
  cycle: one(reportingCycles, { fields: [reviewerAssignments.cycleId], references: [reportingCycles.id] }),
  memberState: one(memberStates, { fields: [reviewerAssignments.memberStateId], references: [memberStates.id] }),
  reviewer: one(users, { fields: [reviewerAssignments.reviewerId], references: [users.id] }),
}));

export const reportsRelations = relations(reports, ({ one, many }) => ({
  cycle: one(reportingCycles, { fields: [reports.cycleId], references: [reportingCycles.id] }),
  issuedBy: one(users, { fields: [reports.issuedById], references: [users.id] }),
  entries: many(reportEntries),
}));

export const reportEntriesRelations = relations(reportEntries, ({ one }) => ({
  report: one(reports, { fields: [reportEntries.reportId], references: [reports.id] }),
  submission: one(submissions, { fields: [reportEntries.submissionId], references: [submissions.id] }),
  revision: one(revisions, { fields: [reportEntries.revisionId], references: [revisions.id] }),
}));

export const outboxRelations = relations(outbox, ({ one }) => ({
  cycle: one(reportingCycles, { fields: [outbox.cycleId], references: [reportingCycles.id] }),
  memberState: one(memberStates, { fields: [outbox.memberStateId], references: [memberStates.id] }),
  recipient: one(users, { fields: [outbox.recipientId], references: [users.id] }),
}));

export const calendarTokensRelations = relations(calendarTokens, ({ one }) => ({
  memberState: one(memberStates, { fields: [calendarTokens.memberStateId], references: [memberStates.id] }),
  createdBy: one(users, { fields: [calendarTokens.createdById], references: [users.id] }),
}));

export const auditEventsRelations = relations(auditEvents, ({ one }) => ({
  actor: one(users, { fields: [auditEvents.actorId], references: [users.id] }),
  submission: one(submissions, { fields: [auditEvents.submissionId], references: [submissions.id] }),
  memberState: one(memberStates, { fields: [auditEvents.memberStateId], references: [memberStates.id] }),
  cycle: one(reportingCycles, { fields: [auditEvents.cycleId], references: [reportingCycles.id] }),
}));
