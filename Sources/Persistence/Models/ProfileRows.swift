import FluentKit
import Foundation
import MentoringCore
import SQLKit

// A program's bases are read whole for every page of a base, every matching run and its result: as plain rows, as
// `RowReading.swift` reads people and pairs.

/// The id, program, person and organization every profile has.
private func readOwners<M: Model>(
    of profile: M, from row: ColumnReader, program: KeyPath<M, ParentProperty<M, ProgramModel>>,
    person: KeyPath<M, ParentProperty<M, PersonModel>>, organization: KeyPath<M, ParentProperty<M, OrganizationModel>>
) throws where M.IDValue == UUID {
    profile.id = try row.decode(column: "id", as: UUID.self)
    profile[keyPath: program].id = try row.decode(column: "program_id", as: UUID.self)
    profile[keyPath: person].id = try row.decode(column: "person_id", as: UUID.self)
    profile[keyPath: organization].id = try row.decode(column: "organization_id", as: UUID.self)
}

extension MentorProfileModel {
    package convenience init(row: any SQLRow) throws {
        let row = ColumnReader(row)
        self.init()
        try readOwners(of: self, from: row, program: \.$program, person: \.$person, organization: \.$organization)
        forms = try row.decode(column: "forms", as: String.self)
        roleModels = try row.decode(column: "role_models", as: String.self)
        competencies = try row.decode(column: "competencies", as: String.self)
        competencyNotes = try row.optional("competency_notes", as: String.self)
        experience = try row.optional("experience", as: String.self)
        interests = try row.decode(column: "interests", as: String.self)
        menteeAges = try row.optional("mentee_ages", as: String.self)
        weeklyHours = try row.optional("weekly_hours", as: Int.self)
        capacity = try row.decode(column: "capacity", as: Int.self)
        groupAllowed = try row.decode(column: "group_allowed", as: Bool.self)
        format = try row.value("format", as: MeetingFormat.self)
        trainings = try row.decode(column: "trainings", as: String.self)
        status = try row.value("status", as: MentorProfile.Status.self)
        registryOrder = try row.optional("registry_order", as: String.self)
        offeredToOthers = try row.decode(column: "offered_to_others", as: Bool.self)
        createdAt = try row.decode(column: "created_at", as: Date.self)
        $id.exists = true
    }

    /// The program's mentor profiles.
    package static func read(program: UUID, on db: any Database) async throws -> [MentorProfileModel] {
        try await db.sql.select().column("*").from(schema).where("program_id", .equal, program).all()
            .map(MentorProfileModel.init(row:))
    }
}

extension MenteeProfileModel {
    package convenience init(row: any SQLRow) throws {
        let row = ColumnReader(row)
        self.init()
        try readOwners(of: self, from: row, program: \.$program, person: \.$person, organization: \.$organization)
        form = try row.value("form", as: MentoringForm.self)
        requests = try row.decode(column: "requests", as: String.self)
        requestNotes = try row.optional("request_notes", as: String.self)
        interests = try row.decode(column: "interests", as: String.self)
        weeklyHours = try row.optional("weekly_hours", as: Int.self)
        format = try row.value("format", as: MeetingFormat.self)
        status = try row.value("status", as: MenteeProfile.Status.self)
        waitingSince = try row.day("waiting_since")
        createdAt = try row.decode(column: "created_at", as: Date.self)
        $id.exists = true
    }

    /// The program's mentee profiles.
    package static func read(program: UUID, on db: any Database) async throws -> [MenteeProfileModel] {
        try await db.sql.select().column("*").from(schema).where("program_id", .equal, program).all()
            .map(MenteeProfileModel.init(row:))
    }
}
