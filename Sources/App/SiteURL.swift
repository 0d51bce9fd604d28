import Fluent
import FluentKit
import Foundation
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
    case order(Slot)
    case orderDocument(Slot)
    case orderSign(Slot)
    case orderScan(Slot)
    case orderEvidence(Slot)
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

    var path: String {
        switch self {
        case .home: "/"
        case .login: "/login"
        case .logout: "/logout"
        case .vision: "/vision"
        case .organizations: "/organizations"
        case .newOrganization: "/organizations/new"
        case .organization(let o): "/organizations/\(o.component("organizationID"))"
        case .editOrganization(let o): "/organizations/\(o.component("organizationID"))/edit"
        case .territories: "/territories"
        case .newRegion: "/territories/regions"
        case .newMunicipality: "/territories/municipalities"
        case .newAuthority: "/territories/authorities"
        case .people(let o): "/organizations/\(o.component("organizationID"))/people"
        case .newPerson(let o): "/organizations/\(o.component("organizationID"))/people/new"
        case .person(let p): "/people/\(p.component("personID"))"
        case .editPerson(let p): "/people/\(p.component("personID"))/edit"
        case .newConsent(let p): "/people/\(p.component("personID"))/consents/new"
        case .withdrawConsent(let p, let c): "/people/\(p.component("personID"))/consents/\(c.component("consentID"))/withdraw"
        case .consentScan(let p, let c): "/people/\(p.component("personID"))/consents/\(c.component("consentID"))/scan"
        case .newRepresentative(let p): "/people/\(p.component("personID"))/representatives/new"
        case .audit: "/audit"
        case .account: "/account"
        case .accountPassword: "/account/password"
        case .accountTokens: "/account/tokens"
        case .revokeToken(let t): "/account/tokens/\(t.component("tokenID"))/revoke"
        case .revokeAllTokens: "/account/tokens/revoke-all"
        case .roadmaps: "/roadmaps"
        case .newRoadmap: "/roadmaps/new"
        case .importRoadmap: "/roadmaps/import"
        case .saveImportedRoadmap: "/roadmaps/import/save"
        case .roadmap(let r): "/roadmaps/\(r.component("roadmapID"))"
        case .roadmapStatus(let r): "/roadmaps/\(r.component("roadmapID"))/status"
        case .roadmapExport(let r, let format): "/roadmaps/\(r.component("roadmapID"))/export.\(format)"
        case .roadmapFeed(let token): "/calendar/roadmaps/\(token)"
        case .newStage(let r): "/roadmaps/\(r.component("roadmapID"))/stages/new"
        case .newActivity(let r, let s): "/roadmaps/\(r.component("roadmapID"))/stages/\(s.component("stageID"))/activities/new"
        case .activity(let r, let a): "/roadmaps/\(r.component("roadmapID"))/activities/\(a.component("activityID"))"
        case .deleteActivity(let r, let a): "/roadmaps/\(r.component("roadmapID"))/activities/\(a.component("activityID"))/delete"
        case .evidence(let r, let e): "/roadmaps/\(r.component("roadmapID"))/evidence/\(e.component("evidenceID"))"
        case .programs(let o): "/organizations/\(o.component("organizationID"))/programs"
        case .newProgram(let o): "/organizations/\(o.component("organizationID"))/programs/new"
        case .program(let p): "/programs/\(p.component("programID"))"
        case .editProgram(let p): "/programs/\(p.component("programID"))/edit"
        case .vocabularies(let o): "/organizations/\(o.component("organizationID"))/vocabularies"
        case .municipalVocabularies(let m): "/municipalities/\(m.component("municipalityID"))/vocabularies"
        case .mentorBase(let p): "/programs/\(p.component("programID"))/mentors"
        case .menteeBase(let p): "/programs/\(p.component("programID"))/mentees"
        case .newMentor(let p): "/programs/\(p.component("programID"))/mentors/new"
        case .newMentee(let p): "/programs/\(p.component("programID"))/mentees/new"
        case .mentorStatus(let p): "/programs/\(p.component("programID"))/mentors/status"
        case .menteeStatus(let p): "/programs/\(p.component("programID"))/mentees/status"
        case .mentorProfile(let m): "/mentor-profiles/\(m.component("profileID"))"
        case .menteeProfile(let m): "/mentee-profiles/\(m.component("profileID"))"
        case .waitlist(let p): "/programs/\(p.component("programID"))/waitlist"
        case .registry(let p): "/programs/\(p.component("programID"))/registry"
        case .baseExport(let p, let base, let format): "/programs/\(p.component("programID"))/\(base)/export.\(format)"
        case .newSurvey(let p): "/programs/\(p.component("programID"))/surveys/new"
        case .survey(let s): "/surveys/\(s.component("surveyID"))"
        case .surveySheet(let s): "/surveys/\(s.component("surveyID"))/sheet"
        case .surveyReview(let s): "/surveys/\(s.component("surveyID"))/review"
        case .surveyExport(let s, let format): "/surveys/\(s.component("surveyID"))/export.\(format)"
        case .questionnaire(let q): "/questionnaires/\(q.component("templateID"))"
        case .answer(let token): "/a/\(token)"
        case .mySurveys: "/my/surveys"
        case .importPeople(let o): "/organizations/\(o.component("organizationID"))/people/import"
        case .peopleImport(let i): "/people-imports/\(i.component("importID"))"
        case .municipalBases: "/municipal-bases"
        case .matching(let p): "/programs/\(p.component("programID"))/matching"
        case .matchingRun(let r): "/matching-runs/\(r.component("runID"))"
        case .matchingPairs(let r): "/matching-runs/\(r.component("runID"))/pairs"
        case .matchingMove(let r): "/matching-runs/\(r.component("runID"))/move"
        case .matchingRerun(let r): "/matching-runs/\(r.component("runID"))/rerun"
        case .matchingAccept(let r): "/matching-runs/\(r.component("runID"))/accept"
        case .matchingCompare(let r): "/matching-runs/\(r.component("runID"))/compare"
        case .mentorships(let p): "/programs/\(p.component("programID"))/mentorships"
        case .newMentorship(let p): "/programs/\(p.component("programID"))/mentorships/new"
        case .rhythm(let p): "/programs/\(p.component("programID"))/rhythm"
        case .mentorship(let m): "/mentorships/\(m.component("mentorshipID"))"
        case .mentorshipStatus(let m): "/mentorships/\(m.component("mentorshipID"))/status"
        case .mentorshipMentor(let m): "/mentorships/\(m.component("mentorshipID"))/mentor"
        case .mentorshipPlan(let m): "/mentorships/\(m.component("mentorshipID"))/plan"
        case .mentorshipPlanDocument(let m): "/mentorships/\(m.component("mentorshipID"))/plan.docx"
        case .mentorshipReport(let m): "/mentorships/\(m.component("mentorshipID"))/report"
        case .mentorshipReportDocument(let m): "/mentorships/\(m.component("mentorshipID"))/report.docx"
        case .newMeeting(let m): "/mentorships/\(m.component("mentorshipID"))/meetings/new"
        case .meeting(let m): "/meetings/\(m.component("meetingID"))"
        case .orders(let o): "/organizations/\(o.component("organizationID"))/orders"
        case .newOrder(let o): "/organizations/\(o.component("organizationID"))/orders/new"
        case .order(let o): "/orders/\(o.component("orderID"))"
        case .orderDocument(let o): "/orders/\(o.component("orderID"))/order.docx"
        case .orderSign(let o): "/orders/\(o.component("orderID"))/sign"
        case .orderScan(let o): "/orders/\(o.component("orderID"))/scan"
        case .orderEvidence(let o): "/orders/\(o.component("orderID"))/evidence"
        case .myMentoring: "/my/mentoring"
        case .calendar: "/calendar"
        case .meetingsFeed(let token): "/calendar/meetings/\(token)"
        case .feedback(let token): "/f/\(token)"
        case .notifications: "/notifications"
        case .monitoring: "/monitoring"
        case .programMonitoring(let p): "/programs/\(p.component("programID"))/monitoring"
        case .programMonitoringList(let p): "/programs/\(p.component("programID"))/monitoring/list"
        case .programReportTexts(let p): "/programs/\(p.component("programID"))/monitoring/report"
        case .programReportDocument(let p): "/programs/\(p.component("programID"))/monitoring/report.docx"
        case .processResults(let p): "/programs/\(p.component("programID"))/monitoring/results"
        case .indicatorSnapshot(let p): "/programs/\(p.component("programID"))/monitoring/snapshot"
        case .municipalMonitoring(let m): "/municipalities/\(m.component("municipalityID"))/monitoring"
        case .municipalMonitoringList(let m): "/municipalities/\(m.component("municipalityID"))/monitoring/list"
        case .municipalFigures(let m): "/municipalities/\(m.component("municipalityID"))/figures"
        case .municipalSnapshot(let m): "/municipalities/\(m.component("municipalityID"))/monitoring/snapshot"
        case .municipalNote(let m, let format): "/municipalities/\(m.component("municipalityID"))/monitoring/note.\(format)"
        case .municipalStatistics(let m, let format): "/municipalities/\(m.component("municipalityID"))/monitoring/statistics.\(format)"
        case .municipalMatching(let m): "/municipalities/\(m.component("municipalityID"))/matching"
        case .municipalMatchingNew(let m): "/municipalities/\(m.component("municipalityID"))/matching/new"
        case .municipalMatchingRun(let r): "/municipal-matching-runs/\(r.component("runID"))"
        case .municipalMatchingAccept(let r): "/municipal-matching-runs/\(r.component("runID"))/accept"
        case .accounts: "/accounts"
        case .inviteAccount: "/accounts/invite"
        case .accountCard(let a): "/accounts/\(a.component("accountID"))"
        case .accountBlock(let a): "/accounts/\(a.component("accountID"))/block"
        case .accountUnblock(let a): "/accounts/\(a.component("accountID"))/unblock"
        case .accountReset(let a): "/accounts/\(a.component("accountID"))/password-reset"
        case .accountGrants(let a): "/accounts/\(a.component("accountID"))/grants"
        case .accountPerson(let a): "/accounts/\(a.component("accountID"))/person"
        case .accountGrantRevoke(let a, let g):
            "/accounts/\(a.component("accountID"))/grants/\(g.component("grantID"))/revoke"
        case .invitationResend(let i): "/invitations/\(i.component("invitationID"))/resend"
        case .invitationRevoke(let i): "/invitations/\(i.component("invitationID"))/revoke"
        case .acceptInvitation(let token): "/invite/\(token)"
        case .enterCode: "/invite"
        case .consentBoard(let o): "/organizations/\(o.component("organizationID"))/consents"
        case .consentForms(let o): "/organizations/\(o.component("organizationID"))/consents/forms.docx"
        case .consentFormsPDF(let o): "/organizations/\(o.component("organizationID"))/consents/forms.pdf"
        case .consentEntry(let o): "/organizations/\(o.component("organizationID"))/consents/entry"
        case .consentLinks(let o): "/organizations/\(o.component("organizationID"))/consents/links"
        case .consentSettings(let o): "/organizations/\(o.component("organizationID"))/consent-settings"
        case .consentLink(let token): "/c/\(token)"
        case .myConsentLink(let p): "/my/consents/\(p.component("personID"))"
        case .myConsents: "/my/consents"
        case .unsubscribe(let token): "/mail/unsubscribe/\(token)"
        case .accountMail: "/account/mail"
        case .programAccounts(let p): "/programs/\(p.component("programID"))/accounts"
        case .programAccountsInvite(let p): "/programs/\(p.component("programID"))/accounts/invite"
        case .programAccountsCodes(let p): "/programs/\(p.component("programID"))/accounts/codes"
        case .forgotPassword: "/password/forgot"
        case .resetPassword(let token): "/password/reset/\(token)"
        case .outbox: "/mail"
        case .outboxRetry(let m): "/mail/\(m.component("mailID"))/retry"
        }
    }

    var pathComponents: [PathComponent] { path.pathComponents }
}

extension RoutesBuilder {
    @discardableResult
    func get<R: AsyncResponseEncodable>(_ url: SiteURL, use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.GET, url.pathComponents, use: handler)
    }

    @discardableResult
    func post<R: AsyncResponseEncodable>(_ url: SiteURL, body: HTTPBodyStreamStrategy = .collect,
                                         use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.POST, url.pathComponents, body: body, use: handler)
    }
}

extension Request {
    /// A UUID path parameter; anything else answers 404, as an unknown id does.
    func id(_ name: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else { throw Abort(.notFound) }
        return id
    }
}
