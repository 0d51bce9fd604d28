import FluentKit
import Foundation
import MentoringCore
import SQLKit

/// Who already holds a place, read across every program of a person: a mentee in a held mentorship (draft, fixed
/// or working) of any program is placed, and a mentor's mentees in held mentorships of any program fill their
/// places. Runs read it to propose only free people; every write of a new pair claims it again inside its own
/// transaction, with the people's rows locked, so two acceptances at once cannot place one person twice.
package struct Placements {
    package let db: any Database

    package init(db: any Database) { self.db = db }

    /// Person id → how many held places they take as a mentee (`mentee`) or fill as a mentor (`mentor`).
    package func held(as side: Side, people: [UUID], freeing mentorship: UUID? = nil) async throws -> [UUID: Int] {
        var places: [UUID: Int] = [:]
        // A few thousand binds a statement: both databases cap them (SQLite 32 766, PostgreSQL 65 535).
        for part in people.chunks(of: 5_000) {
            places.merge(try await held(as: side, chunk: Array(part), freeing: mentorship)) { a, _ in a }
        }
        return places
    }

    private func held(as side: Side, chunk people: [UUID], freeing mentorship: UUID?) async throws -> [UUID: Int] {
        let sql = db.sql
        let profiles: SQLQueryString =
            side == .mentee
            ? "JOIN \(SQLTable.menteeProfiles) profile ON profile.id = member.mentee_profile_id"
            : "JOIN \(SQLTable.mentorProfiles) profile ON profile.id = held.mentor_profile_id"
        let freeing: SQLQueryString = mentorship.map { " AND held.id <> \(bind: $0)" } ?? ""
        let rows = try await sql.raw(
            """
            SELECT profile.person_id AS person, COUNT(*) AS places
            FROM \(SQLTable.mentorshipMentees) member
            JOIN \(SQLTable.mentorships) held ON held.id = member.mentorship_id
            \(profiles)
            WHERE held.status IN (\(in: MentorshipStatus.holding)) AND profile.person_id IN (\(binds: people))\(freeing)
            GROUP BY profile.person_id
            """
        ).all()
        var places: [UUID: Int] = [:]
        for row in rows {
            places[try row.decode(column: "person", as: UUID.self)] = try row.decode(column: "places", as: Int.self)
        }
        return places
    }

    package enum Side { case mentee, mentor }

    /// Inside the transaction that writes a new held mentorship: locks the people (PostgreSQL `FOR UPDATE`; on
    /// SQLite the first write already holds the one write lock), then refuses with the reason when a mentee is
    /// placed elsewhere or the mentor's places across programs are full.
    package func claim(
        mentor: MentorProfileModel, mentees: [MenteeProfileModel], freeing mentorship: UUID?
    ) async throws {
        let menteePeople = mentees.map { $0.$person.id }
        let mentorPerson = mentor.$person.id
        let sql = db.sql
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                """
                SELECT id FROM \(SQLTable.people)
                WHERE id IN (\(binds: [mentorPerson] + menteePeople)) ORDER BY id FOR UPDATE
                """
            ).run()
        }
        let placed = try await held(as: .mentee, people: menteePeople, freeing: mentorship)
        if let taken = mentees.first(where: { placed[$0.$person.id] != nil }) {
            let name = try await taken.$person.get(on: db).details.shortName
            throw DomainError.conflict("\(name) уже в паре (в этой или другой программе): второй раз не назначается.")
        }
        let load = try await held(as: .mentor, people: [mentorPerson], freeing: mentorship)[mentorPerson] ?? 0
        let profile = mentor.value
        if let problem = MentorshipRules.capacityProblem(
            capacity: profile.capacity, holding: load,
            adding: mentees.count, groupAllowed: profile.groupAllowed)
        {
            throw DomainError.conflict(problem + " Места считаются по всем программам наставника.")
        }
    }
}
