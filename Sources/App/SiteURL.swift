import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// A value in a URL: a concrete id when printing a link, the placeholder when registering a route.
enum Slot: Sendable {
    case key
    case id(UUID)

    func component(_ name: String) -> String {
        switch self {
        case .key: ":\(name)"
        case .id(let id): id.uuidString.lowercased()
        }
    }
}

/// The forms of a public section's feed, by the last part of its address.
enum FeedFormat: String, CaseIterable, Sendable {
    case atom = "feed.atom"
    case rss = "feed.rss"
    case json = "feed.json"
}

/// Every page of the site. Routes are registered from these cases and links are printed from them,
/// so a link cannot point nowhere.
enum SiteURL: Sendable {
    case home
    case login
    case logout
    case vision
    case organizations
    case newOrganization
    case organization(Slot)
    case editOrganization(Slot)
    case territories
    case newRegion
    case newMunicipality
    case newAuthority
    case people(Slot)
    case newPerson(Slot)
    case person(Slot)
    case editPerson(Slot)
    case newConsent(Slot)
    case withdrawConsent(person: Slot, consent: Slot)
    case consentScan(person: Slot, consent: Slot)
    case newRepresentative(Slot)
    case audit
    case account
    case accountPassword
    case accountTokens
    case revokeToken(Slot)
    case revokeAllTokens
    case roadmaps
    case newRoadmap
    case importRoadmap
    case saveImportedRoadmap
    case roadmap(Slot)
    case roadmapStatus(Slot)
    case roadmapExport(Slot, format: String)
    case roadmapFeed(String)
    case newStage(Slot)
    case newActivity(roadmap: Slot, stage: Slot)
    case activity(roadmap: Slot, activity: Slot)
    case deleteActivity(roadmap: Slot, activity: Slot)
    case evidence(roadmap: Slot, evidence: Slot)
    case programs(Slot)
    case newProgram(Slot)
    case program(Slot)
    case editProgram(Slot)
    case vocabularies(Slot)
    case municipalVocabularies(Slot)
    case mentorBase(Slot)
    case menteeBase(Slot)
    case newMentor(Slot)
    case newMentee(Slot)
    case mentorStatus(Slot)
    case menteeStatus(Slot)
    case mentorProfile(Slot)
    case menteeProfile(Slot)
    case waitlist(Slot)
    case registry(Slot)
    case baseExport(Slot, base: String, format: String)
    case newSurvey(Slot)
    case survey(Slot)
    case surveySheet(Slot)
    case surveyReview(Slot)
    case surveyExport(Slot, format: String)
    case questionnaire(Slot)
    case answer(String)
    case mySurveys
    case importPeople(Slot)
    case peopleImport(Slot)
    case municipalBases
    case matching(Slot)
    case matchingRun(Slot)
    case matchingPairs(Slot)
    case matchingMove(Slot)
    case matchingRerun(Slot)
    case matchingAccept(Slot)
    case matchingCompare(Slot)
    case mentorships(Slot)
    case newMentorship(Slot)
    case rhythm(Slot)
    case mentorship(Slot)
    case mentorshipStatus(Slot)
    case mentorshipMentor(Slot)
    case mentorshipPlan(Slot)
    case mentorshipPlanDocument(Slot)
    case mentorshipReport(Slot)
    case mentorshipReportDocument(Slot)
    case newMeeting(Slot)
    case meeting(Slot)
    case orders(Slot)
    case newOrder(Slot)
    case orderNumbering(Slot)
    /// A signed reward order's letters of thanks or diplomas, a page per mentor.
    case orderDiplomas(Slot)
    /// A person's record as a mentor, with the rewards they meet the conditions of.
    case mentorRecord(Slot)
    /// Events of an organization's mentoring, one event, who was present, its materials, the evidence it gives.
    case events(Slot)
    case event(Slot)
    case eventParticipants(Slot)
    case eventMaterials(Slot)
    case eventMaterial(event: Slot, material: Slot)
    case eventEvidence(Slot)
    /// A municipality's training plan and one course: its sessions, attendance, certificates (issued, printed).
    case trainings(Slot)
    case training(Slot)
    case trainingSessions(Slot)
    case trainingAttendance(Slot)
    case trainingCertificates(Slot)
    case trainingCertificatesDocument(Slot)
    /// The plan seen from an organization: its mentors registered for a course, the course as roadmap evidence.
    case organizationTrainings(Slot)
    case organizationTraining(organization: Slot, training: Slot)
    case organizationTrainingEvidence(organization: Slot, training: Slot)
    /// A municipality's contests of mentors; one contest for its coordinator: the jury, closing, the documents.
    case contests(Slot)
    case contest(Slot)
    case contestJury(Slot)
    case contestClose(Slot)
    case contestResults(Slot)
    case contestDiplomas(Slot)
    /// A juror's page of a contest and the points for one application.
    case contestScoring(Slot)
    case contestScores(contest: Slot, application: Slot)
    /// The contests seen from an organization, where its curator nominates its mentors.
    case organizationContests(Slot)
    case organizationContest(organization: Slot, contest: Slot)
    /// Cases of best practice: an organization's, one case and its next step, the municipal base.
    case bestPractices(Slot)
    case bestPractice(Slot)
    case bestPracticeStatus(Slot)
    case municipalBestPractices(Slot)
    case publicOrganization(Slot)
    case publicOrganizationFeed(Slot, FeedFormat)
    case publicOrganizationQR(Slot)
    case publicRegulation(Slot)
    case mentorApplication(Slot)
    case publicMunicipality(Slot)
    case publicMunicipalityFeed(Slot, FeedFormat)
    case publicPractice(Slot)
    case images
    case publicSection(Slot)
    case publicSectionNews(Slot)
    case municipalPublicSection(Slot)
    case municipalPublicSectionNews(Slot)
    case newsDelete(Slot)
    case order(Slot)
    case orderDocument(Slot)
    case orderSign(Slot)
    case orderScan(Slot)
    case orderEvidence(Slot)
    case personCertificates(Slot)
    case certificateScan(person: Slot, certificate: Slot)
    case organizationCertificates(Slot)
    /// The organization's letterhead: the picture (GET) and its upload (POST); and its removal.
    case letterhead(Slot)
    case letterheadRemove(Slot)
    /// An organization's templates, or with `municipal` its municipality's.
    case documentTemplates(Slot, municipal: Bool = false)
    case documentTemplate(Slot, kind: DocumentKind, municipal: Bool = false)
    case documentTemplateFile(Slot, kind: DocumentKind, builtIn: Bool, municipal: Bool = false)
    case documentTemplateRestore(Slot, kind: DocumentKind, municipal: Bool = false)
    case regulation(Slot)
    case mentorAgreement(Slot)
    case partners(Slot)
    case partner(Slot)
    case partnerAgreement(Slot)
    case partnerScan(Slot)
    case mentorAgreementDocument(Slot, kind: DocumentKind)
    /// The signed scan of the pair's mentor consent or additional agreement.
    case mentorPaperScan(Slot, paper: DocumentKind)
    case mentorAgreements(Slot)
    case mentorAgreementSettings(Slot)
    case mentorAgreementNumbering(Slot)
    case mentorPayments(Slot, format: String)
    case regulationDocument(Slot)
    case regulationRedraft(Slot)
    case regulationNewEdition(Slot)
    case myMentoring
    case calendar
    case meetingsFeed(String)
    case feedback(String)
    case notifications
    case monitoring
    case programMonitoring(Slot)
    case programMonitoringList(Slot)
    case programReportTexts(Slot)
    case programReportDocument(Slot)
    case processResults(Slot)
    case indicatorSnapshot(Slot)
    case municipalMonitoring(Slot)
    case municipalMonitoringList(Slot)
    case municipalFigures(Slot)
    case municipalSnapshot(Slot)
    case municipalNote(Slot, format: String)
    case municipalStatistics(Slot, format: String)
    case municipalMatching(Slot)
    case municipalMatchingNew(Slot)
    case municipalMatchingRun(Slot)
    case municipalMatchingAccept(Slot)
    case accounts
    case inviteAccount
    case accountCard(Slot)
    case accountBlock(Slot)
    case accountUnblock(Slot)
    case accountReset(Slot)
    case accountGrants(Slot)
    case accountPerson(Slot)
    case accountGrantRevoke(account: Slot, grant: Slot)
    case invitationResend(Slot)
    case invitationRevoke(Slot)
    case acceptInvitation(String)
    case enterCode
    case consentBoard(Slot)
    case consentForms(Slot)
    case consentFormsPDF(Slot)
    case consentEntry(Slot)
    case consentLinks(Slot)
    case consentSettings(Slot)
    case consentLink(String)
    case myConsentLink(Slot)
    case myConsents
    case unsubscribe(String)
    case accountMail
    case programAccounts(Slot)
    case programAccountsInvite(Slot)
    case programAccountsCodes(Slot)
    case forgotPassword
    case resetPassword(String)
    case outbox
    case outboxRetry(Slot)

    var pathComponents: [PathComponent] { path.pathComponents }
}

extension RoutesBuilder {
    @discardableResult
    func get<R: AsyncResponseEncodable>(
        _ url: SiteURL, use handler: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        on(.GET, url.pathComponents, use: handler)
    }

    @discardableResult
    func post<R: AsyncResponseEncodable>(
        _ url: SiteURL, body: HTTPBodyStreamStrategy = .collect,
        use handler: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        on(.POST, url.pathComponents, body: body, use: handler)
    }
}

extension Request {
    /// A UUID path parameter; anything else answers 404, as an unknown id does.
    func id(_ name: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else { throw DomainError.notFound }
        return id
    }
}
