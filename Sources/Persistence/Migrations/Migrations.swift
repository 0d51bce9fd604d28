import FluentKit
import Foundation

/// Every migration in the order it runs. Append only: a migration that has landed is never edited.
package enum Migrations {
    package static let all: [any Migration] = landed.map(RecordedMigration.init)

    private static let landed: [any AsyncMigration] = [
        CreateRegion(),  // regions of the territory tree
        CreateMunicipality(),  // municipalities inside regions
        CreateAuthority(),  // education authorities of a municipality or region
        CreateOrganization(),  // schools, kindergartens, colleges, additional education
        CreatePartner(),  // employers and other partners supplying mentors
        CreatePerson(),  // participants and candidates
        CreateLegalRepresentative(),  // parents and guardians of minors
        CreateRepresentation(),  // representative ↔ minor links
        CreateConsentText(),  // immutable consent text versions
        CreateConsent(),  // signed consents
        CreateConsentScan(),  // scanned papers of consents
        CreateAccount(),  // sign-in accounts
        CreateGrant(),  // roles per scope
        CreateWebSession(),  // browser sessions
        CreateLoginAttempt(),  // sign-in throttling
        CreateAPIToken(),  // bearer tokens of the API
        CreateAuditEntry(),  // the audit log
        CreateRoadmap(),  // roadmaps of organizations and authorities
        CreateRoadmapStage(),  // their stages
        CreateRoadmapActivity(),  // their activities with parsed dues
        CreateRoadmapEvidence(),  // links and files proving an activity done
        CreateProgram(),  // mentoring programs of organizations
        CreateVocabulary(),  // competency and request vocabularies edited by a curator or an authority
        CreateMentorProfile(),  // the mentor base: one profile per person per program
        CreateMenteeProfile(),  // the mentee base
        CreateQuestionnaireTemplate(),  // versioned questionnaire templates (built-in ones have no organization)
        CreateSurvey(),  // a template sent to an audience for a period
        CreateSurveyInvitation(),  // personal one-time answer links
        CreateSurveyResponse(),  // answers
        CreatePeopleImport(),  // uploaded people files waiting for the curator's confirmation
        SeedBuiltInQuestionnaires(),  // version 1 of the built-in questionnaires
        CreateMatchingRun(),  // matching runs: the setup, the proposal, the curator's locks
        CreateMentorship(),  // pairs and groups (drafts from an accepted run)
        CreateOrder(),  // the head's orders and the pairs or mentors each one covers
        UpdateMentorshipAddLifecycle(),  // period, kinds, plan, report, how a pair ended; the program's rhythm
        CreateMentorshipEvent(),  // the history of every status change
        CreateMeeting(),  // meetings of pairs and groups
        CreateMeetingFeedback(),  // feedback links and answers after each meeting
        CreateNotification(),  // in-app notifications, the e-mail outbox, personal calendar links
        // denominators, targets and the satisfaction threshold a municipality enters per year
        CreateMunicipalFigures(),
        CreateProcessResult(),  // process monitoring entered by hand: exam shares, olympiads, projects
        UpdateSurveyAddMeasurement(),  // entry/exit measurement of a survey; each answer's overall mark as a number
        UpdateProgramAddMonitoringReport(),  // the curator's texts of the program's analytic report
        CreateMonitoringIndexes(),  // indexes for the indicators' grouped queries
        CreateRhythmIndexes(),  // covering indexes for the curator's table and the rhythm check
        UpdateMentorshipAddPlannedTaskDues(),  // due days of planned tasks beside the plan, for the rhythm check
        CreateMunicipalMatchingRun(),  // the authority's matching over all its organizations' bases
        UpdateEmailOutboxAddDelivery(),  // the outbox as a queue the delivery worker claims and sends
        UpdateAccountAddInvitations(),  // accounts' e-mail, blocking, last sign-in; invitations; password resets
        CreateConsentTemplate(),  // organizations' consent wordings, electronic consent links and signatures
        UpdateWebSessionAddNotice(),  // the one-time notice after a change, kept in the session
        UpdateMeetingFeedbackAddExpiry(),  // feedback links end, as survey links do
        UpdatePersonAddVersion(),  // a person's edit version, so two editors do not overwrite each other
        UpdateEvidenceAddObject(),  // evidence in the system kept as its object, not as the page's address
        CreateReadIndexes(),  // grants, consents, people in the list's order, audit rows, runs: what requests walk
        UpdateAuditEntryAddClientAddress(),  // the client's address on each audit row
        CreateCriminalRecordCertificate(),  // certificates of no criminal record and how long they are accepted
        CreateDocumentTemplate(),  // organizations' own templates of orders and other documents, versioned
        CreateRegulation(),  // each organization's regulation of its mentoring system and the order approving it
        CreateMentorAgreement(),  // mentors' consents and agreements (art. 351.8), and the rule to require them
        UpdatePartnerAddDetails(),  // partners' kind, requisites, contact, cooperation agreement and its scan
        UpdateOrganizationAddOrderNumbering(),  // the pattern of the organization's order numbers, «{N}-о»
        CreateMunicipalTemplate(),  // a municipality's templates, used by its organizations that have none of their own
        CreateMentorPaperScan(),  // the signed scans of mentors' consents and additional agreements
        CreateLetterhead(),  // organizations' letterheads, placed in their documents by {{организация.бланк}}
        UpdateMentorAgreementAddNumbering(),  // the pattern of additional agreements' numbers, one number a year
        UpdateOrderAddRewardKind(),  // how a reward order rewards its mentors: a letter, a diploma, a petition
        CreateMentoringEvent(),  // events of mentoring: who was present, photos and materials
        CreateTraining(),  // municipal training plans: sessions, registrations, attendance, certificates
        CreateContest(),  // contests of mentors: nominations, criteria, jury, applications, scores
        CreateBestPractice(),  // cases of best practice and the municipal base of them
        CreatePublicSection(),  // the public section: owners' words, news, offers to mentor from the public form
    ]
}
