import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// Every route that takes an id answers 404 to every role of another organization, on pages and on the API.
@Suite struct AccessIsolationTests {
    /// The routes with ids, filled with organization B's objects.
    static func webRoutes(_ b: Fixture.Side) -> [(HTTPMethod, String)] {
        let org = Slot.id(b.organization.id!)
        let person = Slot.id(b.minor.id!)
        let consent = Slot.id(b.consent.id!)
        return [
            (.GET, SiteURL.organization(org).path), (.GET, SiteURL.people(org).path),
            (.GET, SiteURL.editOrganization(org).path), (.POST, SiteURL.editOrganization(org).path),
            (.GET, SiteURL.newPerson(org).path), (.POST, SiteURL.newPerson(org).path),
            (.GET, SiteURL.person(person).path), (.GET, SiteURL.editPerson(person).path),
            (.POST, SiteURL.editPerson(person).path),
            (.GET, SiteURL.newConsent(person).path), (.POST, SiteURL.newConsent(person).path),
            (.POST, SiteURL.withdrawConsent(person: person, consent: consent).path),
            (.GET, SiteURL.consentScan(person: person, consent: consent).path),
            (.GET, SiteURL.newRepresentative(person).path), (.POST, SiteURL.newRepresentative(person).path),
            (.GET, SiteURL.personCertificates(person).path), (.POST, SiteURL.personCertificates(person).path),
            (.GET, SiteURL.mentorRecord(person).path),
            (.GET, SiteURL.events(org).path), (.POST, SiteURL.events(org).path),
            (.GET, SiteURL.event(.id(b.event)).path), (.POST, SiteURL.event(.id(b.event)).path),
            (.POST, SiteURL.eventParticipants(.id(b.event)).path), (.POST, SiteURL.eventMaterials(.id(b.event)).path),
            (.GET, SiteURL.eventMaterial(event: .id(b.event), material: .id(b.eventMaterial)).path),
            (.POST, SiteURL.eventEvidence(.id(b.event)).path),
            (.GET, SiteURL.trainings(.id(b.municipality.id!)).path),
            (.POST, SiteURL.trainings(.id(b.municipality.id!)).path),
            (.GET, SiteURL.training(.id(b.training)).path), (.POST, SiteURL.training(.id(b.training)).path),
            (.POST, SiteURL.trainingSessions(.id(b.training)).path),
            (.POST, SiteURL.trainingAttendance(.id(b.training)).path),
            (.POST, SiteURL.trainingCertificates(.id(b.training)).path),
            (.GET, SiteURL.trainingCertificatesDocument(.id(b.training)).path),
            (.GET, SiteURL.organizationTrainings(org).path),
            (.GET, SiteURL.organizationTraining(organization: org, training: .id(b.training)).path),
            (.POST, SiteURL.organizationTraining(organization: org, training: .id(b.training)).path),
            (.POST, SiteURL.organizationTrainingEvidence(organization: org, training: .id(b.training)).path),
            (.GET, SiteURL.contests(.id(b.municipality.id!)).path),
            (.POST, SiteURL.contests(.id(b.municipality.id!)).path),
            (.GET, SiteURL.contest(.id(b.contest)).path), (.POST, SiteURL.contestJury(.id(b.contest)).path),
            (.POST, SiteURL.contestClose(.id(b.contest)).path), (.GET, SiteURL.contestResults(.id(b.contest)).path),
            (.GET, SiteURL.contestDiplomas(.id(b.contest)).path), (.GET, SiteURL.contestScoring(.id(b.contest)).path),
            (.POST, SiteURL.contestScores(contest: .id(b.contest), application: .id(b.contestApplication)).path),
            (.GET, SiteURL.organizationContests(org).path),
            (.GET, SiteURL.organizationContest(organization: org, contest: .id(b.contest)).path),
            (.POST, SiteURL.organizationContest(organization: org, contest: .id(b.contest)).path),
            (.GET, SiteURL.bestPractices(org).path), (.POST, SiteURL.bestPractices(org).path),
            (.GET, SiteURL.bestPractice(.id(b.practice)).path), (.POST, SiteURL.bestPractice(.id(b.practice)).path),
            (.POST, SiteURL.bestPracticeStatus(.id(b.practice)).path),
            (.GET, SiteURL.municipalBestPractices(.id(b.municipality.id!)).path),
            (.GET, SiteURL.publicSection(org).path), (.POST, SiteURL.publicSection(org).path),
            (.POST, SiteURL.publicSectionNews(org).path), (.POST, SiteURL.newsDelete(.id(b.news)).path),
            (.GET, SiteURL.municipalPublicSection(.id(b.municipality.id!)).path),
            (.POST, SiteURL.municipalPublicSection(.id(b.municipality.id!)).path),
            (.POST, SiteURL.municipalPublicSectionNews(.id(b.municipality.id!)).path),
            (.GET, SiteURL.certificateScan(person: person, certificate: .id(UUID())).path),
            (.GET, SiteURL.organizationCertificates(org).path), (.POST, SiteURL.organizationCertificates(org).path),
            (.GET, SiteURL.regulation(org).path),
            (.POST, SiteURL.regulation(org).path), (.GET, SiteURL.regulationDocument(org).path),
            (.POST, SiteURL.regulationRedraft(org).path), (.POST, SiteURL.regulationNewEdition(org).path),
            (.GET, SiteURL.mentorAgreements(org).path), (.POST, SiteURL.mentorAgreementSettings(org).path),
            (.POST, SiteURL.mentorAgreementNumbering(org).path),
            (.GET, SiteURL.mentorPayments(org, format: "xlsx").path),
            (.GET, SiteURL.mentorPayments(org, format: "csv").path),
            (.GET, SiteURL.partners(org).path), (.POST, SiteURL.partners(org).path),
            (.POST, SiteURL.orderNumbering(org).path), (.GET, SiteURL.letterhead(org).path),
            (.POST, SiteURL.letterhead(org).path), (.POST, SiteURL.letterheadRemove(org).path),
            (.GET, SiteURL.partner(.id(b.partner)).path), (.POST, SiteURL.partner(.id(b.partner)).path),
            (.GET, SiteURL.partnerAgreement(.id(b.partner)).path), (.GET, SiteURL.partnerScan(.id(b.partner)).path),
        ]
            + templateRoutes(org, municipal: false) + templateRoutes(.id(b.municipality.id!), municipal: true)
            + roadmapRoutes(b.roadmap) + baseRoutes(b) + monitoringRoutes(b) + accountRoutes(b)
    }

    /// The template pages of an organization or of a municipality.
    static func templateRoutes(_ holder: Slot, municipal: Bool) -> [(HTTPMethod, String)] {
        [(.GET, SiteURL.documentTemplates(holder, municipal: municipal).path)]
            + DocumentKind.allCases.flatMap { kind -> [(HTTPMethod, String)] in
                [
                    (.POST, SiteURL.documentTemplate(holder, kind: kind, municipal: municipal).path),
                    (.POST, SiteURL.documentTemplateRestore(holder, kind: kind, municipal: municipal).path),
                    (.GET, SiteURL.documentTemplateFile(holder, kind: kind, builtIn: false, municipal: municipal).path),
                    (.GET, SiteURL.documentTemplateFile(holder, kind: kind, builtIn: true, municipal: municipal).path),
                ]
            }
    }

    static func accountRoutes(_ b: Fixture.Side) -> [(HTTPMethod, String)] {
        let account = Slot.id(b.accounts[.mentor]!.id!)
        let invitation = Slot.id(b.invitation)
        let org = Slot.id(b.organization.id!)
        let grant = Slot.id(UUID())
        return [
            (.GET, SiteURL.accountCard(account).path), (.POST, SiteURL.accountBlock(account).path),
            (.POST, SiteURL.accountUnblock(account).path), (.POST, SiteURL.accountReset(account).path),
            (.POST, SiteURL.accountGrants(account).path), (.POST, SiteURL.accountPerson(account).path),
            (.POST, SiteURL.accountGrantRevoke(account: account, grant: grant).path),
            (.POST, SiteURL.invitationResend(invitation).path), (.POST, SiteURL.invitationRevoke(invitation).path),
            (.POST, SiteURL.outboxRetry(.id(b.mail)).path),
            (.GET, SiteURL.consentBoard(org).path), (.GET, SiteURL.consentForms(org).path),
            (.GET, SiteURL.consentFormsPDF(org).path),
            (.POST, SiteURL.consentEntry(org).path), (.POST, SiteURL.consentLinks(org).path),
            (.GET, SiteURL.consentSettings(org).path), (.POST, SiteURL.consentSettings(org).path),
            (.POST, SiteURL.myConsentLink(.id(b.minor.id!)).path),
            (.GET, SiteURL.programAccounts(.id(b.bases.program)).path),
            (.POST, SiteURL.programAccountsInvite(.id(b.bases.program)).path),
            (.POST, SiteURL.programAccountsCodes(.id(b.bases.program)).path),
        ]
    }

    static func monitoringRoutes(_ b: Fixture.Side) -> [(HTTPMethod, String)] {
        let program = Slot.id(b.bases.program)
        let municipality = Slot.id(b.municipality.id!)
        let run = Slot.id(b.municipalMatchingRun)
        let reads: [SiteURL] = [
            .programMonitoring(program), .programReportDocument(program), .municipalMonitoring(municipality),
            .municipalNote(municipality, format: "docx"), .municipalNote(municipality, format: "xlsx"),
            .municipalStatistics(municipality, format: "xlsx"), .municipalStatistics(municipality, format: "csv"),
            .municipalMatching(municipality), .municipalMatchingNew(municipality), .municipalMatchingRun(run),
        ]
        let posts: [SiteURL] = [
            .processResults(program), .programReportTexts(program), .indicatorSnapshot(program),
            .municipalSnapshot(municipality),
            .municipalMatching(municipality), .municipalMatchingAccept(run),
        ]
        return reads.map { (HTTPMethod.GET, $0.path) } + posts.map { (.POST, $0.path) } + [
            (.GET, SiteURL.programMonitoringList(program).path + "?measure=pairs_formed"),
            (.GET, SiteURL.municipalMonitoringList(municipality).path + "?measure=participants"),
            (.GET, SiteURL.municipalFigures(municipality).path), (.POST, SiteURL.municipalFigures(municipality).path),
        ]
    }

    static func baseRoutes(_ b: Fixture.Side) -> [(HTTPMethod, String)] {
        let ids = b.bases
        let org = Slot.id(b.organization.id!)
        let program = Slot.id(ids.program)
        let survey = Slot.id(ids.survey)
        let mentor = Slot.id(ids.mentor)
        let mentee = Slot.id(ids.mentee)
        let upload = Slot.id(ids.peopleImport)
        let both: [SiteURL] = [
            .newProgram(org), .editProgram(program), .vocabularies(org),
            .municipalVocabularies(.id(b.municipality.id!)),
            .newMentor(program), .newMentee(program), .mentorProfile(mentor), .menteeProfile(mentee),
            .newSurvey(program), .surveyReview(survey), .importPeople(org), .peopleImport(upload), .matching(program),
        ]
        let reads: [SiteURL] =
            [
                .programs(org), .program(program), .mentorBase(program), .menteeBase(program), .waitlist(program),
                .registry(program), .survey(survey), .surveySheet(survey), .questionnaire(.id(ids.template)),
            ]
            + ["mentors", "mentees", "registry"].flatMap { base in
                ["docx", "xlsx", "csv"].map { SiteURL.baseExport(program, base: base, format: $0) }
            }
            + ["xlsx", "csv"].map { SiteURL.surveyExport(survey, format: $0) }
        return both.flatMap { [(HTTPMethod.GET, $0.path), (.POST, $0.path)] } + reads.map { (.GET, $0.path) }
            + [(.POST, SiteURL.mentorStatus(program).path), (.POST, SiteURL.menteeStatus(program).path)]
            + matchingRoutes(.id(ids.matchingRun)) + mentorshipRoutes(b)
    }

    static func mentorshipRoutes(_ b: Fixture.Side) -> [(HTTPMethod, String)] {
        let ids = b.bases
        let program = Slot.id(ids.program)
        let pair = Slot.id(ids.mentorship)
        let order = Slot.id(ids.order)
        let both: [SiteURL] = [
            .newMentorship(program), .rhythm(program), .mentorshipReport(pair), .newMeeting(pair),
            .meeting(.id(ids.meeting)), .mentorAgreement(pair),
            .newOrder(.id(b.organization.id!)),
        ]
        let reads: [SiteURL] = [
            .mentorships(program), .mentorship(pair), .mentorshipPlanDocument(pair), .mentorshipReportDocument(pair),
            .orders(.id(b.organization.id!)), .order(order), .orderDocument(order), .orderScan(order),
            .mentorAgreementDocument(pair, kind: .mentorConsent),
            .mentorAgreementDocument(pair, kind: .mentorAgreement), .mentorPaperScan(pair, paper: .mentorConsent),
            .orderDiplomas(order),
            .mentorPaperScan(pair, paper: .mentorAgreement),
        ]
        let posts: [SiteURL] = [
            .mentorshipStatus(pair), .mentorshipMentor(pair), .mentorshipPlan(pair), .orderSign(order),
            .orderEvidence(order),
        ]
        return both.flatMap { [(HTTPMethod.GET, $0.path), (.POST, $0.path)] } + reads.map { (.GET, $0.path) }
            + posts.map { (.POST, $0.path) }
    }

    static func matchingRoutes(_ run: Slot) -> [(HTTPMethod, String)] {
        [
            (.GET, SiteURL.matchingRun(run).path), (.GET, SiteURL.matchingCompare(run).path + "?with=\(UUID())"),
            (.POST, SiteURL.matchingPairs(run).path), (.POST, SiteURL.matchingMove(run).path),
            (.POST, SiteURL.matchingRerun(run).path), (.POST, SiteURL.matchingAccept(run).path),
        ]
    }

    static func roadmapRoutes(_ r: Fixture.RoadmapIDs) -> [(HTTPMethod, String)] {
        let roadmap = Slot.id(r.roadmap)
        let stage = Slot.id(r.stage)
        let activity = Slot.id(r.activity)
        let evidence = Slot.id(r.evidence)
        return [
            (.GET, SiteURL.roadmap(roadmap).path), (.POST, SiteURL.roadmapStatus(roadmap).path),
            (.GET, SiteURL.newStage(roadmap).path), (.POST, SiteURL.newStage(roadmap).path),
            (.GET, SiteURL.activity(roadmap: roadmap, activity: activity).path),
            (.POST, SiteURL.activity(roadmap: roadmap, activity: activity).path),
            (.GET, SiteURL.newActivity(roadmap: roadmap, stage: stage).path),
            (.POST, SiteURL.newActivity(roadmap: roadmap, stage: stage).path),
            (.POST, SiteURL.deleteActivity(roadmap: roadmap, activity: activity).path),
            (.GET, SiteURL.evidence(roadmap: roadmap, evidence: evidence).path),
            (.GET, SiteURL.roadmapExport(roadmap, format: "docx").path),
            (.GET, SiteURL.roadmapExport(roadmap, format: "xlsx").path),
            (.GET, SiteURL.roadmapExport(roadmap, format: "csv").path),
        ]
    }

    static func apiRoutes(_ b: Fixture.Side) -> [(HTTPMethod, String)] {
        let org = b.organization.id!.uuidString
        let person = b.minor.id!.uuidString
        let consent = b.consent.id!.uuidString
        return [
            (.GET, "/organizations/\(org)"), (.PUT, "/organizations/\(org)"),
            (.GET, "/organizations/\(org)/people"), (.POST, "/organizations/\(org)/people"),
            (.GET, "/people/\(person)"), (.PUT, "/people/\(person)"), (.GET, "/people/\(person)/consents"),
            (.POST, "/people/\(person)/consents"), (.POST, "/people/\(person)/consents/\(consent)/withdraw"),
            (.GET, "/people/\(person)/representatives"), (.POST, "/people/\(person)/representatives"),
            (.GET, "/people/\(person)/criminal-record-certificates"),
            (.GET, "/people/\(person)/mentor-record"),
            (.GET, "/organizations/\(org)/events"), (.POST, "/organizations/\(org)/events"),
            (.GET, "/events/\(b.event)"), (.PUT, "/events/\(b.event)"), (.PUT, "/events/\(b.event)/participants"),
            (.POST, "/events/\(b.event)/materials"), (.GET, "/events/\(b.event)/materials/\(b.eventMaterial)"),
            (.POST, "/events/\(b.event)/evidence"),
            (.GET, "/municipalities/\(b.municipality.id!)/trainings"),
            (.POST, "/municipalities/\(b.municipality.id!)/trainings"),
            (.GET, "/trainings/\(b.training)"), (.PUT, "/trainings/\(b.training)"),
            (.POST, "/trainings/\(b.training)/sessions"), (.PUT, "/trainings/\(b.training)/attendance"),
            (.POST, "/trainings/\(b.training)/certificates"), (.GET, "/trainings/\(b.training)/certificates/document"),
            (.GET, "/organizations/\(org)/trainings"), (.GET, "/organizations/\(org)/trainings/\(b.training)"),
            (.PUT, "/organizations/\(org)/trainings/\(b.training)"),
            (.POST, "/organizations/\(org)/trainings/\(b.training)/evidence"),
            (.GET, "/municipalities/\(b.municipality.id!)/contests"),
            (.POST, "/municipalities/\(b.municipality.id!)/contests"),
            (.GET, "/contests/\(b.contest)"), (.PUT, "/contests/\(b.contest)/jury"),
            (.POST, "/contests/\(b.contest)/close"), (.GET, "/contests/\(b.contest)/results/document"),
            (.GET, "/contests/\(b.contest)/diplomas/document"), (.GET, "/contests/\(b.contest)/scoring"),
            (.PUT, "/contests/\(b.contest)/applications/\(b.contestApplication)/scores"),
            (.GET, "/organizations/\(org)/contests"), (.GET, "/organizations/\(org)/contests/\(b.contest)"),
            (.POST, "/organizations/\(org)/contests/\(b.contest)"),
            (.GET, "/organizations/\(org)/best-practices"), (.POST, "/organizations/\(org)/best-practices"),
            (.GET, "/best-practices/\(b.practice)"), (.PUT, "/best-practices/\(b.practice)"),
            (.POST, "/best-practices/\(b.practice)/status"),
            (.GET, "/municipalities/\(b.municipality.id!)/best-practices"),
            (.GET, "/organizations/\(org)/public-section"), (.PUT, "/organizations/\(org)/public-section"),
            (.GET, "/organizations/\(org)/public-section/news"), (.POST, "/organizations/\(org)/public-section/news"),
            (.DELETE, "/news/\(b.news)"), (.GET, "/organizations/\(org)/mentor-applications"),
            (.GET, "/municipalities/\(b.municipality.id!)/public-section"),
            (.PUT, "/municipalities/\(b.municipality.id!)/public-section"),
            (.GET, "/municipalities/\(b.municipality.id!)/public-section/news"),
            (.POST, "/municipalities/\(b.municipality.id!)/public-section/news"),
            (.POST, "/people/\(person)/criminal-record-certificates"),
            (.GET, "/organizations/\(org)/criminal-record-certificates"),
            (.PUT, "/organizations/\(org)/criminal-record-certificates/settings"),
            (.GET, "/organizations/\(org)/regulation"), (.PUT, "/organizations/\(org)/regulation"),
            (.POST, "/organizations/\(org)/regulation/redraft"),
            (.POST, "/organizations/\(org)/regulation/new-edition"),
            (.GET, "/organizations/\(org)/regulation/document"),
            (.GET, "/organizations/\(org)/mentor-agreements"),
            (.PUT, "/organizations/\(org)/mentor-agreements/settings"),
            (.PUT, "/organizations/\(org)/mentor-agreements/numbering"),
            (.GET, "/organizations/\(org)/mentor-payments"), (.GET, "/organizations/\(org)/mentor-payments/document"),
            (.GET, "/organizations/\(org)/partners"), (.POST, "/organizations/\(org)/partners"),
            (.PUT, "/organizations/\(org)/orders/numbering"),
            (.GET, "/organizations/\(org)/letterhead"), (.PUT, "/organizations/\(org)/letterhead"),
            (.DELETE, "/organizations/\(org)/letterhead"),
            (.GET, "/partners/\(b.partner)"), (.PUT, "/partners/\(b.partner)"),
            (.GET, "/partners/\(b.partner)/agreement/document"),
            (.PUT, "/partners/\(b.partner)/agreement/scan"), (.GET, "/partners/\(b.partner)/agreement/scan"),
        ]
            + apiTemplateRoutes("/organizations/\(org)") + apiTemplateRoutes("/municipalities/\(b.municipality.id!)")
            + [
                (.GET, "/roadmaps/\(b.roadmap.roadmap)"), (.PUT, "/roadmaps/\(b.roadmap.roadmap)"),
                (.DELETE, "/roadmaps/\(b.roadmap.roadmap)"),
                (.POST, "/roadmaps/\(b.roadmap.roadmap)/stages"),
                (.POST, "/roadmaps/\(b.roadmap.roadmap)/stages/\(b.roadmap.stage)/activities"),
                (.PUT, "/roadmaps/\(b.roadmap.roadmap)/activities/\(b.roadmap.activity)"),
                (.DELETE, "/roadmaps/\(b.roadmap.roadmap)/activities/\(b.roadmap.activity)"),
                (.GET, "/organizations/\(org)/programs"), (.POST, "/organizations/\(org)/programs"),
                (.GET, "/programs/\(b.bases.program)"), (.GET, "/programs/\(b.bases.program)/mentors"),
                (.POST, "/programs/\(b.bases.program)/mentors"),
                (.GET, "/programs/\(b.bases.program)/matching-runs"),
                (.POST, "/programs/\(b.bases.program)/matching-runs"),
                (.GET, "/matching-runs/\(b.bases.matchingRun)"), (.POST, "/matching-runs/\(b.bases.matchingRun)/pairs"),
                (.POST, "/matching-runs/\(b.bases.matchingRun)/move"),
                (.POST, "/matching-runs/\(b.bases.matchingRun)/rerun"),
                (.POST, "/matching-runs/\(b.bases.matchingRun)/accept"),
                (.GET, "/programs/\(b.bases.program)/mentees"), (.POST, "/programs/\(b.bases.program)/mentees"),
                (.GET, "/mentor-profiles/\(b.bases.mentor)"), (.PUT, "/mentor-profiles/\(b.bases.mentor)"),
                (.GET, "/mentee-profiles/\(b.bases.mentee)"), (.PUT, "/mentee-profiles/\(b.bases.mentee)"),
                (.GET, "/organizations/\(org)/questionnaires"), (.POST, "/organizations/\(org)/questionnaires"),
                (.POST, "/programs/\(b.bases.program)/surveys"), (.GET, "/surveys/\(b.bases.survey)"),
            ] + apiMentorshipRoutes(b.bases, organization: org) + [
                (.GET, "/programs/\(b.bases.program)/indicators"),
                (.POST, "/programs/\(b.bases.program)/process-results"),
                (.PUT, "/programs/\(b.bases.program)/report"), (.GET, "/programs/\(b.bases.program)/report/document"),
                (.GET, "/municipalities/\(b.municipality.id!)/indicators"),
                (.PUT, "/municipalities/\(b.municipality.id!)/figures/2026"),
                (.GET, "/municipalities/\(b.municipality.id!)/note"),
                (.GET, "/municipalities/\(b.municipality.id!)/statistics"),
                (.GET, "/municipalities/\(b.municipality.id!)/matching-runs"),
                (.POST, "/municipalities/\(b.municipality.id!)/matching-runs"),
                (.GET, "/municipal-matching-runs/\(b.municipalMatchingRun)"),
                (.POST, "/municipal-matching-runs/\(b.municipalMatchingRun)/accept"),
            ] + apiAccountRoutes(b)
    }

    /// The API's template routes of an organization or a municipality.
    static func apiTemplateRoutes(_ holder: String) -> [(HTTPMethod, String)] {
        [(.GET, holder + "/document-templates")]
            + DocumentKind.allCases.flatMap { kind -> [(HTTPMethod, String)] in
                let base = holder + "/document-templates/\(kind.rawValue)"
                return [
                    (.POST, base), (.GET, base + "/document"), (.POST, base + "/built-in"),
                    (.GET, base + "/built-in/document"),
                ]
            }
    }

    static func apiAccountRoutes(_ b: Fixture.Side) -> [(HTTPMethod, String)] {
        let account = "/accounts/\(b.accounts[.mentor]!.id!)"
        let invitation = "/invitations/\(b.invitation)"
        return [
            (.GET, account), (.POST, account + "/block"), (.POST, account + "/unblock"), (.POST, account + "/grants"),
            (.PUT, account + "/person"),
            (.DELETE, account + "/grants/\(UUID())"), (.POST, invitation + "/resend"), (.POST, invitation + "/revoke"),
            (.GET, "/organizations/\(b.organization.id!)/consents"),
            (.POST, "/organizations/\(b.organization.id!)/consents/entry"),
            (.POST, "/organizations/\(b.organization.id!)/consents/links"),
            (.GET, "/programs/\(b.bases.program)/accounts"), (.POST, "/programs/\(b.bases.program)/accounts/invite"),
            (.POST, "/programs/\(b.bases.program)/accounts/codes"),
        ]
    }

    static func apiMentorshipRoutes(_ ids: Fixture.BaseIDs, organization org: String) -> [(HTTPMethod, String)] {
        let pair = "/mentorships/\(ids.mentorship)"
        let order = "/orders/\(ids.order)"
        return [
            (.GET, "/programs/\(ids.program)/mentorships"), (.POST, "/programs/\(ids.program)/mentorships"),
            (.GET, pair),
            (.POST, pair + "/status"), (.POST, pair + "/mentor"), (.POST, pair + "/plan"),
            (.GET, pair + "/plan/document"),
            (.POST, pair + "/report"), (.GET, pair + "/report/document"), (.POST, pair + "/meetings"),
            (.POST, "/meetings/\(ids.meeting)"),
            (.GET, "/organizations/\(org)/orders"), (.POST, "/organizations/\(org)/orders"), (.GET, order),
            (.POST, order + "/sign"),
            (.GET, order + "/document"), (.GET, pair + "/agreement"), (.PUT, pair + "/agreement"),
            (.GET, pair + "/agreement/document"), (.GET, pair + "/agreement/consent/document"),
            (.PUT, pair + "/agreement/scan"), (.GET, pair + "/agreement/scan"),
            (.GET, order + "/diplomas/document"),
            (.PUT, pair + "/agreement/consent/scan"), (.GET, pair + "/agreement/consent/scan"),
        ]
    }

    static let roles: [Role] = [.authorityCoordinator] + Fixture.organizationRoles

    @Test(arguments: roles)
    func anotherOrganizationsObjectsAnswer404(role: Role) async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let account = try #require(fixture.a.accounts[role])
            let browser = try await Browser.signedIn(app, as: account)
            for (method, path) in Self.webRoutes(fixture.b) {
                let response =
                    method == .GET ? try await app.get(path, as: browser) : try await app.post(path, as: browser)
                #expect(response.status == .notFound, "\(role) \(method) \(path) → \(response.status)")
            }
            let token = try await app.apiToken(for: account)
            for (method, path) in Self.apiRoutes(fixture.b) {
                let response = try await app.api(method, path, token: token, json: "{}")
                #expect(response.status == .notFound, "\(role) API \(method) \(path) → \(response.status)")
                #expect(response.apiError?.code == "not_found")
            }
            // Nothing of B leaked into lists either.
            let list = try await app.get(SiteURL.organizations.path, as: browser)
            #expect(!list.body.string.contains("Школа b"))
        }
    }

    @Test func everyRouteWithAnIdIsCovered() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let covered = Set(
                (Self.webRoutes(fixture.b) + Self.apiRoutes(fixture.b).map { ($0.0, "/api/v1" + $0.1) })
                    .map { "\($0.0) \(Self.pattern($0.1))" })
            let withIds = app.routes.all.filter { $0.path.contains { if case .parameter = $0 { true } else { false } } }
            for route in withIds {
                let key = "\(route.method) \(Self.pattern("/" + route.path.map(\.description).joined(separator: "/")))"
                // The token revocation route is scoped to the signed-in account itself; AccountTests cover it.
                if key.contains("account/tokens/") { continue }
                // The calendar feed is reached by its secret token, not by an id; RoadmapPagesTests cover it.
                if key.contains("calendar/roadmaps/") { continue }
                // Answer links are reached by their secret token; SurveyPagesTests cover them.
                if key.hasSuffix(" a/*") || key.hasSuffix(" f/*") || key.contains("calendar/meetings/") { continue }
                // Invitation and password reset links are reached by their secret token; InvitationTests cover them.
                if key.hasSuffix(" invite/*") || key.hasSuffix(" password/reset/*") || key.hasSuffix(" c/*")
                    || key.contains("mail/unsubscribe/")
                {
                    continue
                }
                // The public section is open to everyone by design; PublicSectionTests check it names nobody
                // without a consent to publication.
                if key.contains(" public/") { continue }
                #expect(covered.contains(key), "route \(key) has no isolation check")
            }
        }
    }

    /// `/people/<uuid>/edit` and `/people/:personID/edit` both become `/people/*/edit`; a year in the path is a parameter too.
    static func pattern(_ path: String) -> String {
        String(path.split(separator: "?").first ?? "").split(separator: "/").map {
            $0.hasPrefix(":") || UUID(uuidString: String($0)) != nil || Int($0) != nil ? "*" : String($0)
        }
        .joined(separator: "/")
    }

    @Test func unknownAndMalformedIdsAnswer404() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.admin)
            #expect(try await app.get("/people/\(UUID())", as: browser).status == .notFound)
            #expect(try await app.get("/people/not-an-id", as: browser).status == .notFound)
            let token = try await app.apiToken(for: fixture.admin)
            #expect(try await app.api(.GET, "/people/12345", token: token).apiError?.code == "not_found")
        }
    }

    @Test func coordinatorReadsTheMunicipalityByNameOnlyWithConsentAndChangesNothing() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let adult = fixture.a.adult.id!
            for kind in ["personal_data", "participation"] {
                _ = try await ConsentService(scope: app.consoleScope()).record(
                    for: adult,
                    input: ConsentInput(
                        kind: kind, purpose: "Программа", signedBy: "subject", signedOn: "01.09.2026", text: "Согласие"),
                    scan: nil)
            }
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!)
            let card = try await app.get(SiteURL.person(.id(adult)).path, as: browser)
            #expect(card.status == .ok)
            #expect(card.body.string.contains("Учителева-a Анна"))
            #expect(!card.body.string.contains("Изменить данные"))

            // The minor has no participation consent: the authority sees neither the card nor the name.
            let refused = try await app.get(SiteURL.person(.id(fixture.a.minor.id!)).path, as: browser)
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("Нет действующего согласия"))
            let list = try await app.get(SiteURL.people(.id(fixture.a.organization.id!)).path, as: browser).body.string
            #expect(list.contains("Учителева-a Анна") && !list.contains("Ученик-a"))
            #expect(list.contains(PeopleListPage.hiddenName))
            let token = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            let page = try await app.api(.GET, "/organizations/\(fixture.a.organization.id!)/people", token: token)
                .content.decode(PersonPageDTO.self)
            #expect(page.items.map(\.details.surname).sorted() == [Anonymization.placeholderSurname, "Учителева-a"])
            #expect(
                try await app.api(.GET, "/people/\(fixture.a.minor.id!)", token: token).apiError?.code
                    == "consent_required")

            let edit = try await app.post(SiteURL.editPerson(.id(adult)).path, as: browser, form: [("surname", "X")])
            #expect(edit.status == .forbidden)
        }
    }

    @Test func participantsSeeOnlyThemselvesAndTheirWards() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let mentor = try await Browser.signedIn(app, as: fixture.a.accounts[.mentor]!)
            #expect(try await app.get(SiteURL.person(.id(fixture.a.adult.id!)).path, as: mentor).status == .ok)
            #expect(try await app.get(SiteURL.person(.id(fixture.a.minor.id!)).path, as: mentor).status == .notFound)
            let parent = try await Browser.signedIn(app, as: fixture.a.accounts[.legalRepresentative]!)
            #expect(try await app.get(SiteURL.person(.id(fixture.a.minor.id!)).path, as: parent).status == .ok)
            #expect(try await app.get(SiteURL.person(.id(fixture.a.adult.id!)).path, as: parent).status == .notFound)
            let list = try await app.get(SiteURL.people(.id(fixture.a.organization.id!)).path, as: parent)
            #expect(list.body.string.contains("Ученик-a"))
            #expect(!list.body.string.contains("Учителева-a"))
        }
    }
}
