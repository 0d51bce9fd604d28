import FluentKit
import Foundation
import MentoringCore
import SQLKit

// Fluent builds a model from a row at tens of microseconds; the lists that read thousands of rows at once (the
// curator's table of pairs, the daily rhythm check, consent checks) read the columns straight from SQL instead,
// about twenty times faster. Every column is set and nothing is loaded eagerly; saved, such a model writes every
// column back. Each reads its row through a `ColumnReader`.

extension PersonModel {
    package convenience init(row: any SQLRow) throws {
        let row = ColumnReader(row)
        self.init(
            id: try row.decode(column: "id", as: UUID.self),
            organizationID: try row.decode(column: "organization_id", as: UUID.self))
        $partner.id = try row.optional("partner_id", as: UUID.self)
        surname = try row.decode(column: "surname", as: String.self)
        givenName = try row.decode(column: "given_name", as: String.self)
        patronymic = try row.optional("patronymic", as: String.self)
        birthDate = try row.decode(column: "birth_date", as: String.self)
        sex = try row.optional("sex", as: String.self)
        categories = try row.decode(column: "categories", as: String.self)
        grade = try row.optional("grade", as: String.self)
        position = try row.optional("position", as: String.self)
        subjects = try row.decode(column: "subjects", as: String.self)
        teachingExperienceYears = try row.optional("teaching_experience_years", as: Int.self)
        isYoungSpecialist = try row.decode(column: "is_young_specialist", as: Bool.self)
        email = try row.optional("email", as: String.self)
        phone = try row.optional("phone", as: String.self)
        searchKey = try row.decode(column: "search_key", as: String.self)
        anonymizeDueOn = try row.optional("anonymize_due_on", as: String.self)
        anonymizedAt = try row.optional("anonymized_at", as: Date.self)
        version = try row.decode(column: "version", as: Int.self)
        createdAt = try row.optional("created_at", as: Date.self)
        $id.exists = true
    }
}

extension PersonModel {
    /// The people with these ids, read as plain rows in chunks the databases accept as one `IN` list.
    package static func read(_ ids: [UUID], on db: any Database) async throws -> [UUID: PersonModel] {
        let sql = db.sql
        var people: [UUID: PersonModel] = [:]
        for chunk in ids.chunks(of: 500) {
            for row in try await sql.select().column("*").from(schema).where("id", .in, chunk).all() {
                let person = try PersonModel(row: row)
                people[person.id!] = person
            }
        }
        return people
    }
}

extension MentorshipModel {
    package convenience init(row: any SQLRow, mentees: [UUID]) throws {
        let row = ColumnReader(row)
        self.init()
        id = try row.decode(column: "id", as: UUID.self)
        $program.id = try row.decode(column: "program_id", as: UUID.self)
        $organization.id = try row.decode(column: "organization_id", as: UUID.self)
        $mentor.id = try row.decode(column: "mentor_profile_id", as: UUID.self)
        form = try row.value("form", as: MentoringForm.self)
        status = try row.value("status", as: MentorshipStatus.self)
        matchingRunID = try row.optional("matching_run_id", as: UUID.self)
        score = try row.optional("score", as: Double.self)
        groupTheme = try row.optional("group_theme", as: String.self)
        createdAt = try row.decode(column: "created_at", as: Date.self)
        roleModel = try row.optional("role_model", as: String.self)
        kindsText = try row.optional("kinds", as: String.self)
        startsOn = try row.optionalDay("starts_on")
        endsOn = try row.optionalDay("ends_on")
        coMentorsText = try row.optional("co_mentors", as: String.self)
        previousMentorshipID = try row.optional("previous_mentorship_id", as: UUID.self)
        terminationReason = try row.optionalValue("termination_reason", as: TerminationReason.self)
        closedOn = try row.optionalDay("closed_on")
        activeSince = try row.optionalDay("active_since")
        planText = try row.optional("plan", as: String.self)
        plannedTaskDuesText = try row.optional("planned_task_dues", as: String.self)
        reportText = try row.optional("report", as: String.self)
        bestPractice = try row.optional("best_practice", as: Bool.self)
        $mentees.value = mentees.map { mentee in
            let member = MentorshipMenteeModel()
            member.$mentorship.id = id!
            member.$mentee.id = mentee
            return member
        }
    }

    /// The mentorships of the programs (optionally only in some statuses) with their mentees, newest first.
    package static func read(
        programs: [UUID], statuses: [MentorshipStatus]? = nil, on db: any Database
    ) async throws -> [MentorshipModel] {
        guard !programs.isEmpty else { return [] }
        let sql = db.sql
        var query = sql.select().column("*").from(schema).where("program_id", .in, programs)
        if let statuses { query = query.where("status", .in, statuses.map(\.rawValue)) }
        let rows = try await query.orderBy("created_at", .descending).all()
        let members = try await sql.select().column(SQLColumn("mentorship_id", table: "mm")).column(
            SQLColumn("mentee_profile_id", table: "mm")
        )
        .from(SQLAlias(SQLIdentifier(MentorshipMenteeModel.schema), as: SQLIdentifier("mm")))
        .join(
            SQLAlias(SQLIdentifier(schema), as: SQLIdentifier("m")), on: SQLColumn("id", table: "m"), .equal,
            SQLColumn("mentorship_id", table: "mm")
        )
        .where(SQLColumn("program_id", table: "m"), .in, SQLBind.group(programs)).all()
        var mentees: [UUID: [UUID]] = [:]
        for row in members {
            mentees[try row.decode(column: "mentorship_id", as: UUID.self), default: []].append(
                try row.decode(column: "mentee_profile_id", as: UUID.self))
        }
        return try rows.map { row in
            try MentorshipModel(row: row, mentees: mentees[try row.decode(column: "id", as: UUID.self)] ?? [])
        }
    }
}

extension Consent {
    /// The columns a consent is read from.
    static let columnNames = [
        "id", "person_id", "kind", "purpose", "representative_id", "signed_on", "valid_until", "withdrawn_on",
    ]
    /// The columns of a consent `c` in a statement, each named with `joinedPrefix`.
    static let joinedColumns = SQLJoinedColumns.aliased(columnNames, of: "c", as: joinedPrefix).joined(separator: ", ")
    private static let joinedPrefix = "consent_"

    /// The consent of a row with the `joinedColumns`; nil where the row has none (a left join that found none).
    init?(joined row: any SQLRow) throws {
        guard try !row.decodeNil(column: Self.joinedPrefix + "id") else { return nil }
        try self.init(row: row, prefix: Self.joinedPrefix)
    }

    package init(row: any SQLRow, prefix: String = "") throws {
        let row = ColumnReader(row, prefix: prefix)
        self.init(
            id: Consent.ID(try row.decode(column: "id", as: UUID.self)),
            personID: Person.ID(try row.decode(column: "person_id", as: UUID.self)),
            kind: try row.value("kind", as: Consent.Kind.self),
            purpose: try row.decode(column: "purpose", as: String.self),
            signer: try row.optional("representative_id", as: UUID.self).map {
                .representative(LegalRepresentative.ID($0))
            } ?? .subject,
            signedOn: try row.day("signed_on"),
            validUntil: try row.optionalDay("valid_until"),
            withdrawnOn: try row.optionalDay("withdrawn_on"))
    }
}
