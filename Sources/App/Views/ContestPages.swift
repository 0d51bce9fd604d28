import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The fields of the contest form and of the nomination form, and the facts of a contest.
enum ContestForm {
    static func fields(_ input: ContestInput, failure: ValidationFailure?) -> [FormField] {
        [
            FormField("title", "Название", value: input.title, required: true, failure: failure),
            FormField(
                "nominations", "Номинации", kind: "textarea", value: input.nominations, required: true,
                help: "По одной в строке, например «Наставник молодого педагога».", failure: failure),
            FormField(
                "criteria", "Критерии оценки", kind: "textarea", value: input.criteria, required: true,
                help:
                    "По одному в строке: название и после тире наибольший балл, например "
                    + "«Результаты наставляемых — 10».",
                failure: failure),
            FormField(
                "applicationsUntil", "Приём заявок до", kind: "date", value: input.applicationsUntil, required: true,
                failure: failure),
            FormField(
                "scoringUntil", "Оценивание жюри до", kind: "date", value: input.scoringUntil, required: true,
                failure: failure),
        ]
    }

    static func applicationFields(
        _ input: ContestApplicationInput, contest: ContestDetails, mentors: [(UUID, String)],
        failure: ValidationFailure?
    ) -> [FormField] {
        let options = { (values: [(String, String)], selected: String?) in
            [FormField.Option(value: "", title: "— выберите —", selected: selected == nil)]
                + values.map { FormField.Option(value: $0.0, title: $0.1, selected: $0.0 == selected) }
        }
        return [
            FormField(
                "person", "Наставник", kind: "select", required: true, failure: failure,
                options: options(mentors.map { ($0.0.uuidString, $0.1) }, input.person)),
            FormField(
                "nomination", "Номинация", kind: "select", required: true, failure: failure,
                options: options(contest.nominations.map { ($0, $0) }, input.nomination)),
            FormField(
                "essay", "Представление наставника", kind: "textarea", value: input.essay, required: true,
                help: "Что сделал наставник, чего добились наставляемые. Стаж, пары, обучение и поощрения "
                    + "заявка возьмёт из портфолио сама.", failure: failure),
            FormField(
                "publicationConsent", "Наставник согласен на публикацию сведений о нём в материалах конкурса",
                kind: "checkbox", value: input.publicationConsent == "true" ? "true" : nil, failure: failure),
        ]
    }

    static func facts(_ contest: ContestModel) -> [Fact] {
        let details = contest.details
        return [
            Fact(label: "Номинации", value: details.nominations.joined(separator: "; ")),
            Fact(
                label: "Критерии",
                value: details.criteria.map { "\($0.title) (до \($0.maxPoints))" }.joined(separator: "; ")),
            Fact(label: "Приём заявок", value: "до \(details.applicationsUntil.russian)"),
            Fact(label: "Оценивание", value: "до \(details.scoringUntil.russian)"),
            Fact(
                label: "Итоги",
                value: contest.closedAt.map { "подведены \(CalendarDate($0).russian)" } ?? "не подведены"),
        ]
    }
}

/// A row of a list of contests.
struct ContestRow: Encodable, Sendable {
    var url: String
    var title: String
    var applicationsUntil: String
    var scoringUntil: String
    var closed: Bool

    init(_ contest: ContestModel, url: SiteURL) {
        (self.url, title) = (url.path, contest.title)
        (applicationsUntil, scoringUntil) = (contest.applicationsUntil.russian, contest.scoringUntil.russian)
        closed = contest.closedAt != nil
    }
}

/// An application as a page shows it, with its result once the scoring is closed.
struct ContestApplicationRow: Encodable, Sendable {
    var name: String
    var organization: String
    var nomination: String
    var record: String
    var essay: String
    var place: String
    var total: String

    init(_ application: ContestCard.Application) {
        (name, organization, nomination) = (application.name, application.organization, application.nomination)
        (record, essay) = (application.record, application.essay)
        place = application.result?.place ?? ""
        total =
            application.result?.totalText ?? ""
    }

    /// The applications by nomination, best first once ranked.
    static func byNomination(_ card: ContestCard) -> [ContestNomination] {
        card.contest.details.nominations.map { nomination in
            ContestNomination(title: nomination, applications: card.ranked(nomination).map(ContestApplicationRow.init))
        }.filter { !$0.applications.isEmpty }
    }
}

struct ContestNomination: Encodable, Sendable {
    var title: String
    var applications: [ContestApplicationRow]
}

/// A municipality's contests and the form to announce one (`contests/plan.leaf`).
struct ContestPlanContext: FormContext {
    static let template = "contests/plan"

    var meta: PageMeta
    var form: FormPage.Form
    var notice: String?
    var contests: [ContestRow]

    init(
        meta: PageMeta, notice: String?, municipality: UUID, contests: [ContestModel], input: ContestInput,
        failure: ValidationFailure?
    ) throws {
        (self.meta, self.notice) = (meta, notice)
        self.contests = try contests.map { ContestRow($0, url: .contest(.id(try $0.requireID()))) }
        form = .init(
            action: SiteURL.contests(.id(municipality)).path, fields: ContestForm.fields(input, failure: failure),
            submitTitle: "Объявить конкурс", cancelURL: SiteURL.municipalBases.path)
    }
}

/// A contest for its coordinator (`contests/show.leaf`): the jury, the applications by nomination with their places
/// once closed, closing and the documents.
struct ContestPageContext: Encodable, Sendable {
    var meta: PageMeta
    var notice: String?
    var problem: String?
    var facts: [Fact]
    var jurors: [FormField.Option]
    var juryAction: String
    var nominations: [ContestNomination]
    var closed: Bool
    var closeAction: String
    var resultsURL: String
    var diplomasURL: String

    init(meta: PageMeta, notice: String?, problem: String?, card: ContestCard) throws {
        let id = Slot.id(try card.contest.requireID())
        (self.meta, self.notice, self.problem) = (meta, notice, problem)
        facts = ContestForm.facts(card.contest)
        jurors = card.jurors.map { .init(value: $0.accountID.uuidString, title: $0.name, selected: $0.chosen) }
        juryAction = SiteURL.contestJury(id).path
        nominations = ContestApplicationRow.byNomination(card)
        closed = card.isClosed
        closeAction = SiteURL.contestClose(id).path
        (resultsURL, diplomasURL) = (SiteURL.contestResults(id).path, SiteURL.contestDiplomas(id).path)
    }
}

/// A juror's page (`contests/scoring.leaf`): each application with a number field per criterion, recused ones marked.
struct JurorPageContext: Encodable, Sendable {
    struct Point: Encodable, Sendable {
        var id: String
        var label: String
        var max: Int
        var value: String
    }

    struct Application: Encodable, Sendable {
        var row: ContestApplicationRow
        var recused: Bool
        var action: String
        var points: [Point]
    }

    var meta: PageMeta
    var notice: String?
    var problem: String?
    var facts: [Fact]
    var open: Bool
    var closed: Bool
    var applications: [Application]

    init(meta: PageMeta, notice: String?, problem: String?, juror: JurorCard) throws {
        let contest = Slot.id(try juror.card.contest.requireID())
        let criteria = juror.card.contest.details.criteria
        (self.meta, self.notice, self.problem) = (meta, notice, problem)
        facts = ContestForm.facts(juror.card.contest)
        (open, closed) = (juror.open, juror.card.isClosed)
        applications = juror.card.applications.map { application in
            Application(
                row: ContestApplicationRow(application), recused: juror.recused.contains(application.id),
                action: SiteURL.contestScores(contest: contest, application: .id(application.id)).path,
                points: criteria.enumerated().map { index, criterion in
                    Point(
                        id: "p-\(application.id.uuidString)-\(index)",
                        label: "\(criterion.title), 0–\(criterion.maxPoints)",
                        max: criterion.maxPoints, value: juror.own[application.id]?[index].map(String.init) ?? "")
                })
        }
    }
}

/// A contest seen from an organization (`organizations/contest.leaf`): its applications and the nomination form.
struct OrganizationContestContext: FormContext {
    static let template = "organizations/contest"

    var meta: PageMeta
    var form: FormPage.Form
    var notice: String?
    var facts: [Fact]
    var applications: [ContestApplicationRow]
    var nominates: Bool
    var scoringURL: String?

    init(
        meta: PageMeta, notice: String?, organization: UUID, card: ContestCard, access: OrganizationAccess,
        mentors: [(UUID, String)], juror: Bool, today: CalendarDate, input: ContestApplicationInput,
        failure: ValidationFailure?
    ) throws {
        let contest = Slot.id(try card.contest.requireID())
        (self.meta, self.notice) = (meta, notice)
        facts = ContestForm.facts(card.contest)
        applications = card.applications.map(ContestApplicationRow.init)
        nominates = access.manages && today <= card.contest.applicationsUntil && !card.isClosed
        scoringURL = juror ? SiteURL.contestScoring(contest).path : nil
        form = .init(
            action: SiteURL.organizationContest(organization: .id(organization), contest: contest).path,
            fields: ContestForm.applicationFields(
                input, contest: card.contest.details, mentors: mentors, failure: failure),
            submitTitle: "Выдвинуть наставника", cancelURL: SiteURL.organizationContests(.id(organization)).path)
    }
}
