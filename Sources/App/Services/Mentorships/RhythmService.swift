import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The daily rhythm check: pairs without a meeting in their interval, meetings without feedback, overdue plan tasks,
/// silent mentors, trial meetings that went badly.
struct RhythmService {
    let db: any Database
    let today: CalendarDate
    let now: Date

    struct Risk {
        var mentorship: MentorshipModel
        var risk: RhythmRisk
    }

    /// The risks of the working pairs of the programs, worst first.
    func risks(programs: [ProgramModel]) async throws -> [Risk] {
        let rules = Dictionary(uniqueKeysWithValues: try programs.map { ((try $0.requireID()), $0.rhythmRules) })
        let working = try await MentorshipModel.read(programs: Array(rules.keys), statuses: [.fixed, .active], on: db)
        let activity = try await MentorshipActivity.load(working.map { try $0.requireID() }, on: db, now: now)
        var found: [Risk] = []
        for mentorship in working {
            let rule = rules[mentorship.$program.id]![mentorship.form]!
            found += activity.risks(mentorship, rule: rule, on: today).map { Risk(mentorship: mentorship, risk: $0) }
        }
        return try found.sorted {
            ($0.risk.daysOverdue, (try $0.mentorship.requireID()).uuidString) > (
                $1.risk.daysOverdue, (try $1.mentorship.requireID()).uuidString
            )
        }
    }

    /// Runs the check over every program that is under way and writes reminders: to the mentor of each pair at
    /// risk, and one summary a day to the curators of each organization. Safe to run twice a day or on two nodes.
    func notifyAll(outbox: Outbox?) async throws -> (risks: Int, notices: Int) {
        let programs = try await ProgramModel.query(on: db).filter(\.$periodEnd >= today).all()
        let risks = try await risks(programs: programs)
        let notifier = Notifier(db: db, now: now, outbox: outbox)
        var sent = 0
        let mentorProfiles = try await MentorProfileModel.query(on: db).filter(
            \.$id ~~ Array(Set(risks.map { $0.mentorship.$mentor.id }))
        ).all()
        let personOf = Dictionary(
            uniqueKeysWithValues: try mentorProfiles.map { ((try $0.requireID()), $0.$person.id) })
        let accounts = try await notifier.accounts(of: Array(Set(personOf.values)))
        sent += try await notifier.send(
            risks.map { item in
                (
                    Notifier.Notice(
                        kind: "risk",
                        key: "risk-\(try item.mentorship.requireID())-\(item.risk.kind.rawValue)-\(today)",
                        text:
                            "\(item.risk.kind.title): \(item.risk.message) Просрочено на \(item.risk.daysOverdue) дн.",
                        link: SiteURL.mentorship(.id(try item.mentorship.requireID())).path),
                    personOf[item.mentorship.$mentor.id].flatMap { accounts[$0] } ?? []
                )
            })
        for (organization, items) in Dictionary(grouping: risks, by: { $0.mentorship.$organization.id }) {
            let programIDs = Set(items.map { $0.mentorship.$program.id })
            let pairs = Set(try items.map { try $0.mentorship.requireID() })
            sent += try await notifier.send(
                .init(
                    kind: "risk-summary", key: "risk-summary-\(organization)-\(today)",
                    text: "Ритм встреч: \(items.count) рисков в \(pairs.count) парах.",
                    link: SiteURL.mentorships(.id(programIDs.sorted { $0.uuidString < $1.uuidString }[0])).path,
                    mailKind: .digest),
                to: try await notifier.staff(of: organization))
        }
        return (risks.count, sent)
    }
}
