import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// What an order covers and how it prints: the pairs or mentors of its appendix, named from the bases.
struct OrderContents {
    let scope: RequestScope

    /// The period an order fixes: the program's, but never from a day already past when the order is drafted —
    /// then it runs from the day the order is signed.
    static func period(_ program: ProgramModel, today: CalendarDate) -> String {
        let span = program.period
        let end = span.end?.russian ?? "…"
        if let start = span.start, start < today { return "с даты подписания настоящего приказа по \(end)" }
        return "с \(span.start?.russian ?? "…") по \(end)"
    }

    /// The dates a pair of the appendix is fixed for: from the program's start, or from the signing (today for a
    /// draft) when the program began earlier.
    static func period(_ program: ProgramModel, from day: CalendarDate) -> String {
        let start = program.period.start.map { max($0, day) } ?? day
        return "\(start.russian) – \(program.period.end?.russian ?? "…")"
    }

    /// The objects a new order of the kind takes from the program; an empty list or a participant without a valid
    /// consent is refused with the names to fix.
    func items(for kind: OrderKind, program: ProgramModel?) async throws -> [OrderItemModel] {
        guard let program, kind.needsProgram, kind != .appointCurator else { return [] }
        let pending = try await pendingItems(program)
        switch kind {
        case .fixMentorships, .changeMentorships:
            let all = try await MentorshipModel.query(on: scope.db).filter(\.$program.$id == (try program.requireID()))
                .with(
                    \.$mentees
                ).all()
            let chosen = try all.filter { mentorship in
                guard !pending.contains(try mentorship.requireID()) else { return false }
                if kind == .fixMentorships {
                    return mentorship.status == .draft && mentorship.previousMentorshipID == nil
                }
                return (mentorship.status == .draft && mentorship.previousMentorshipID != nil)
                    || mentorship.status == .terminated
            }
            let covered = try await OrderItemModel.query(on: scope.db).filter(
                \.$mentorship.$id ~~ chosen.map { try $0.requireID() }
            ).all()
                .compactMap { $0.$mentorship.id }
            let fresh = try chosen.filter { try $0.status == .draft || !covered.contains($0.requireID()) }
            guard !fresh.isEmpty else {
                throw ValidationFailure(fields: [
                    "kind": kind == .fixMentorships
                        ? "Нет черновиков пар, ожидающих приказа: сначала примите подбор или составьте пару вручную."
                        : "Нет изменённых или прекращённых пар, ещё не вошедших в приказ."
                ])
            }
            let people = try await MentorshipPeople.load(fresh, access: nil, scope: scope)
            let problems = fresh.filter { $0.status == .draft }.flatMap { people.everyone(in: $0) }.compactMap(
                \.consentProblem)
            if !problems.isEmpty {
                throw ValidationFailure(fields: [
                    "kind": "Приказ нельзя готовить на пары без действующих согласий. "
                        + Set(problems).sorted().joined(separator: " ")
                ])
            }
            return fresh.map { mentorship in
                let item = OrderItemModel()
                item.$mentorship.id = mentorship.id
                if mentorship.status == .terminated {
                    item.note =
                        "Прекращена: "
                        + (mentorship.terminationReason?.title ?? "")
                } else if mentorship.previousMentorshipID != nil {
                    item.note = "Новый наставник"
                }
                return item
            }
        case .mentorRegistry, .rewardMentors:
            let mentors = try await mentorsFor(kind, program: program)
            guard !mentors.isEmpty else {
                throw ValidationFailure(fields: [
                    "kind": kind == .mentorRegistry
                        ? "Нет кандидатов в наставники с действующим согласием."
                        : "Нет наставников с завершёнными парами, которых можно поощрить."
                ])
            }
            return mentors.map { mentor in
                let item = OrderItemModel()
                item.$mentor.id = mentor
                return item
            }
        case .introduceModel, .approveRegulation, .appointCurator:
            return []
        }
    }

    /// Objects already in an unsigned order: a second draft does not take them again.
    private func pendingItems(_ program: ProgramModel) async throws -> Set<UUID> {
        let drafts = try await OrderModel.query(on: scope.db).filter(\.$program.$id == (try program.requireID()))
            .filter(\.$status == OrderStatus.draft).with(\.$items).all()
        return Set(drafts.flatMap { $0.items.compactMap { $0.$mentorship.id ?? $0.$mentor.id } })
    }

    private func mentorsFor(_ kind: OrderKind, program: ProgramModel) async throws -> [UUID] {
        if kind == .rewardMentors {
            let done = try await MentorshipModel.query(on: scope.db).filter(\.$program.$id == (try program.requireID()))
                .filter(\.$status == MentorshipStatus.completed).all()
            return Array(Set(done.map { $0.$mentor.id })).sorted { $0.uuidString < $1.uuidString }
        }
        let candidates = try await MentorProfileModel.query(on: scope.db).filter(
            \.$program.$id == (try program.requireID())
        )
        .filter(\.$status == MentorProfile.Status.candidate).with(\.$person).all()
        let consents = try await ConsentLookup(db: scope.db).consents(of: candidates.map { $0.$person.id })
        return try candidates.filter {
            MentorshipRules.consentProblem($0.person.value, consents: consents[$0.$person.id] ?? [], on: scope.today)
                == nil
        }.map { try $0.requireID() }
    }

    /// What an order's items point at: its pairs with their people, its mentors with theirs (by full name).
    struct Covered {
        var mentorships: [MentorshipModel]
        var people: MentorshipPeople
        var mentors: [MentorProfileModel]
    }

    func covered(_ order: OrderModel, access: OrganizationAccess?) async throws -> Covered {
        let mentorships = try await MentorshipModel.query(on: scope.db).filter(
            \.$id ~~ order.items.compactMap { $0.$mentorship.id }
        )
        .with(\.$mentees).all()
        let mentors = try await MentorProfileModel.query(on: scope.db).filter(
            \.$id ~~ order.items.compactMap { $0.$mentor.id }
        ).with(\.$person).all()
            .sorted { $0.person.details.fullName < $1.person.details.fullName }
        return Covered(
            mentorships: mentorships,
            people: try await MentorshipPeople.load(mentorships, access: access, scope: scope), mentors: mentors)
    }

    /// The DOCX of the order: draft blanks until signed.
    func document(_ order: OrderModel, organization: OrganizationModel) async throws -> OrderDocument {
        let covered = try await covered(order, access: nil)
        let mentorships = covered.mentorships
        let people = covered.people
        let notes = Dictionary(order.items.compactMap { item in item.$mentorship.id.map { ($0, item.note ?? "") } }) {
            a, _ in a
        }
        var appendix: OrderDocument.Appendix?
        var acquainted: [String] = []
        if order.kind.listsMentorships {
            let period = order.program.map { Self.period($0, from: order.signedOn ?? scope.today) } ?? ""
            let rows = try mentorships.sorted { people.mentorName($0) < people.mentorName($1) }.enumerated().map {
                index, mentorship in
                let mentor = people.mentor(of: mentorship)
                let mentees = people.mentees(of: mentorship).map {
                    "\($0.name)\($0.role.isEmpty ? "" : ", \($0.role)")"
                }.joined(separator: ";\n")
                var row = [
                    "\(index + 1)",
                    [mentor?.name, mentor?.role].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "),
                    mentees, mentorship.form.title, mentorship.periodText ?? period,
                ]
                if order.kind == .changeMentorships { row.append(notes[(try mentorship.requireID())] ?? "") }
                return row
            }
            appendix = .init(
                kind: order.kind == .changeMentorships ? .changes : .mentorships,
                title: "Список наставнических пар (групп)", rows: rows)
            acquainted = mentorships.flatMap { people.everyone(in: $0) }.filter(\.named).map(\.name)
        } else if !order.items.isEmpty {
            let mentors = covered.mentors
            let rows = mentors.enumerated().map { index, mentor in
                [
                    "\(index + 1)", mentor.person.details.fullName, BaseRows.role(mentor.person.details),
                    mentor.value.competencies.prefix(3).joined(separator: ", "),
                ]
            }
            appendix = .init(
                kind: .mentors, title: order.kind == .mentorRegistry ? "Реестр наставников" : "Список наставников",
                rows: rows)
            acquainted = mentors.map { $0.person.details.fullName }
        }
        return OrderDocument(
            organization: organization.fullName, address: organization.address, number: order.number,
            date: order.signedOn,
            title: order.title, grounds: order.grounds, points: order.points,
            headPosition: organization.headPosition ?? "Директор", headName: organization.headName ?? "",
            acquainted: Array(Set(acquainted)).sorted(), appendix: appendix)
    }
}
