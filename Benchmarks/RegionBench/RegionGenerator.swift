import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import SQLKit

@testable import App

/// A region written straight into the database by `INSERT … SELECT`: 100 municipalities of 50 organizations, 200 people
/// each (1 000 000), 300 000 pairs of teachers and of students, 5 000 000 meetings with a feedback form each,
/// 400 000 satisfaction answers, a roadmap of 20 activities per organization. Consents are not written: no
/// indicator reads them (the lists behind the figures do, and they read one organization at a time).
struct RegionGenerator {
    var db: (any Database)?
    var municipalities = 100
    var organizationsPerMunicipality = 50
    var peoplePerOrganization = 200
    var pairsPerOrganization = 60
    var meetings = 5_000_000

    var organizations: Int { municipalities * organizationsPerMunicipality }
    var people: Int { organizations * peoplePerOrganization }
    var pairs: Int { organizations * pairsPerOrganization }

    /// Kinds that make each table's ids distinct.
    enum Kind: Int {
        case region = 1
        case municipality, organization, program, person, mentor, mentee, mentorship, member, meeting, feedback, survey,
            response, roadmap, stage, activity
    }

    func municipalityID(_ index: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8%03X-%012X", Kind.municipality.rawValue, index))!
    }
    func programID(_ index: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8%03X-%012X", Kind.program.rawValue, index))!
    }

    func make(log: (String) -> Void) async throws {
        let sql = db! as! any SQLDatabase
        let g = RegionSQL(sqlite: sql.dialect.name == "sqlite")
        func id(_ kind: Kind, _ number: String) -> String { g.uuid(kind.rawValue, number) }
        let templates = try await QuestionnaireTemplateModel.query(on: db!).filter(\.$organization.$id == nil).all()
        let menteeTemplate = templates.first { $0.key == Questionnaire.satisfactionMentee.key }!.id!
        let mentorTemplate = templates.first { $0.key == Questionnaire.satisfactionMentor.key }!.id!
        let perOrg = peoplePerOrganization
        let pairsPer = pairsPerOrganization
        let menteesPer = pairsPerOrganization + 20
        // Within an organization: people 0…139 are students (10–18 years old on 1 September 2026), 140…199 teachers,
        // the last ten of them young specialists. Pair k < 30 is teacher 140+k with teacher 170+k, pair k ≥ 30 is
        // student k−30 with student k. Mentee profiles 60…79 wait without a pair.
        let local = "(n.i % \(perOrg))"
        let steps: [(String, String)] = [
            (
                "regions",
                g.insert("regions", ["id", "name"], count: 1, select: [id(.region, "n.i"), "'Бенчмарк-край'"])
            ),
            (
                "municipalities",
                g.insert(
                    "municipalities", ["id", "region_id", "name"], count: municipalities,
                    select: [id(.municipality, "n.i"), id(.region, "0"), "'Район ' || \(g.text("n.i"))"])
            ),
            (
                "organizations",
                g.insert(
                    "organizations", ["id", "municipality_id", "kind", "full_name", "short_name"], count: organizations,
                    select: [
                        id(.organization, "n.i"), id(.municipality, "n.i / \(organizationsPerMunicipality)"),
                        "'school'",
                        "'Школа № ' || \(g.text("n.i"))", "'Школа ' || \(g.text("n.i"))",
                    ])
            ),
            (
                "programs",
                g.insert(
                    "programs",
                    ["id", "organization_id", "title", "period_start", "period_end", "forms", "created_at"],
                    count: organizations,
                    select: [
                        id(.program, "n.i"), id(.organization, "n.i"), "'Программа 2026'", "'2026-01-01'",
                        "'2026-12-31'",
                        "'[\"teacher_teacher\",\"student_student\"]'", g.now,
                    ])
            ),
            (
                "people",
                g.insert(
                    "people",
                    [
                        "id", "organization_id", "surname", "given_name", "birth_date", "categories", "grade",
                        "subjects",
                        "is_young_specialist", "search_key",
                    ], count: people,
                    select: [
                        id(.person, "n.i"), id(.organization, "n.i / \(perOrg)"), "'Участник' || \(g.text("n.i"))",
                        "'Имя'",
                        "CASE WHEN \(local) < 140 THEN \(g.text("2016 - \(local) % 9")) || '-0' || \(g.text("1 + \(local) % 8")) || '-15' ELSE \(g.text("1960 + \(local) % 38")) || '-03-01' END",
                        "CASE WHEN \(local) < 140 THEN '|student|' ELSE '|teacher|' END", "NULL", "''",
                        g.bool("\(local) >= 190"),
                        "'участник' || \(g.text("n.i"))",
                    ])
            ),
            (
                "mentor profiles",
                g.insert(
                    "mentor_profiles",
                    [
                        "id", "program_id", "person_id", "organization_id", "forms", "role_models", "competencies",
                        "interests", "capacity", "group_allowed", "format", "trainings", "status", "offered_to_others",
                        "created_at",
                    ], count: pairs,
                    select: [
                        id(.mentor, "n.i"), id(.program, "n.i / \(pairsPer)"),
                        id(
                            .person,
                            "(n.i / \(pairsPer)) * \(perOrg) + CASE WHEN n.i % \(pairsPer) < 30 THEN 140 + n.i % \(pairsPer) ELSE n.i % \(pairsPer) - 30 END"
                        ),
                        id(.organization, "n.i / \(pairsPer)"),
                        "CASE WHEN n.i % \(pairsPer) < 30 THEN '[\"teacher_teacher\"]' ELSE '[\"student_student\"]' END",
                        "'[]'", "'[]'", "'[]'", "1",
                        g.bool("1 = 0"), "'any'", "'[]'", "'active'", g.bool("1 = 0"), g.now,
                    ])
            ),
            (
                "mentee profiles",
                g.insert(
                    "mentee_profiles",
                    [
                        "id", "program_id", "person_id", "organization_id", "form", "requests", "interests", "format",
                        "status", "waiting_since", "created_at",
                    ], count: organizations * menteesPer,
                    select: [
                        id(.mentee, "n.i"), id(.program, "n.i / \(menteesPer)"),
                        id(
                            .person,
                            "(n.i / \(menteesPer)) * \(perOrg) + CASE WHEN n.i % \(menteesPer) < 30 THEN 170 + n.i % \(menteesPer) ELSE n.i % \(menteesPer) END"
                        ),
                        id(.organization, "n.i / \(menteesPer)"),
                        "CASE WHEN n.i % \(menteesPer) < 30 THEN 'teacher_teacher' ELSE 'student_student' END", "'[]'",
                        "'[]'", "'any'",
                        "CASE WHEN n.i % \(menteesPer) < \(pairsPer) THEN 'matched' ELSE 'in_base' END",
                        g.day("n.i % 200"), g.now,
                    ])
            ),
            (
                "mentorships",
                g.insert(
                    "mentorships",
                    [
                        "id", "program_id", "organization_id", "mentor_profile_id", "form", "status", "created_at",
                        "active_since", "closed_on", "termination_reason",
                    ], count: pairs,
                    select: [
                        id(.mentorship, "n.i"), id(.program, "n.i / \(pairsPer)"),
                        id(.organization, "n.i / \(pairsPer)"), id(.mentor, "n.i"),
                        "CASE WHEN n.i % \(pairsPer) < 30 THEN 'teacher_teacher' ELSE 'student_student' END",
                        "CASE WHEN n.i % 20 = 0 THEN 'terminated' WHEN n.i % 20 = 1 THEN 'fixed' WHEN n.i % 20 < 6 THEN 'completed' ELSE 'active' END",
                        g.now,
                        g.day("n.i % 300"),
                        "CASE WHEN n.i % 20 = 0 OR (n.i % 20 >= 2 AND n.i % 20 < 6) THEN \(g.day("n.i % 300 + 60")) ELSE NULL END",
                        "CASE WHEN n.i % 20 = 0 THEN 'incompatibility' ELSE NULL END",
                    ])
            ),
            (
                "pair members",
                g.insert(
                    "mentorship_mentees", ["id", "mentorship_id", "mentee_profile_id"], count: pairs,
                    select: [
                        id(.member, "n.i"), id(.mentorship, "n.i"),
                        id(.mentee, "(n.i / \(pairsPer)) * \(menteesPer) + n.i % \(pairsPer)"),
                    ])
            ),
            (
                "meetings",
                g.insert(
                    "meetings",
                    [
                        "id", "mentorship_id", "organization_id", "mentor_profile_id", "type", "starts_at", "ends_at",
                        "duration_minutes", "format", "topic", "status", "attendance", "task_ids", "created_by",
                        "created_at",
                    ],
                    count: meetings,
                    select: [
                        id(.meeting, "n.i"), id(.mentorship, "n.i % \(pairs)"),
                        id(.organization, "(n.i % \(pairs)) / \(pairsPer)"), id(.mentor, "n.i % \(pairs)"),
                        "'regular'", g.instant("n.i % 28000000"), g.instant("n.i % 28000000 + 2700"), "45",
                        "'in_person'", "'Встреча'",
                        "CASE WHEN n.i % 10 = 0 THEN 'planned' ELSE 'held' END", "'{}'", "'[]'", "'bench'", g.now,
                    ])
            ),
            (
                "meeting feedback",
                g.insert(
                    "meeting_feedback",
                    [
                        "id", "meeting_id", "mentorship_id", "person_id", "role", "questionnaire", "token",
                        "rating", "answered_at", "created_at",
                    ], count: meetings,
                    select: [
                        id(.feedback, "n.i"), id(.meeting, "n.i"), id(.mentorship, "n.i % \(pairs)"),
                        id(
                            .person,
                            "((n.i % \(pairs)) / \(pairsPer)) * \(perOrg) + CASE WHEN (n.i % \(pairs)) % \(pairsPer) < 30 THEN 170 + (n.i % \(pairs)) % \(pairsPer) ELSE (n.i % \(pairs)) % \(pairsPer) END"
                        ),
                        "'mentee'", "'meeting-feedback'", "'b' || \(g.text("n.i"))", "1.0 + n.i % 5",
                        g.instant("n.i % 28000000 + 3600"), g.now,
                    ])
            ),
            (
                "surveys",
                g.insert(
                    "surveys",
                    [
                        "id", "organization_id", "program_id", "template_id", "title", "audience", "anonymous",
                        "opens_on",
                        "closes_on", "created_by", "created_at",
                    ], count: organizations * 2,
                    select: [
                        id(.survey, "n.i"), id(.organization, "n.i / 2"), id(.program, "n.i / 2"),
                        "CASE WHEN n.i % 2 = 0 THEN \(g.literal(menteeTemplate)) ELSE \(g.literal(mentorTemplate)) END",
                        "'Удовлетворённость'", "'Участники'",
                        g.bool("1 = 1"), "'2026-05-01'", "'2026-05-31'", "'bench'", g.now,
                    ])
            ),
            (
                "satisfaction answers",
                g.insert(
                    "survey_responses", ["id", "survey_id", "answers", "submitted_at", "overall", "overall_max"],
                    count: organizations * 80,
                    select: [
                        id(.response, "n.i"), id(.survey, "n.i / 40"), "'{}'", g.instant("10500000 + n.i % 2500000"),
                        "3 + n.i % 8", "10",
                    ])
            ),
            (
                "roadmaps",
                g.insert(
                    "roadmaps",
                    ["id", "organization_id", "title", "status", "source_kind", "feed_token", "created_at"],
                    count: organizations,
                    select: [
                        id(.roadmap, "n.i"), id(.organization, "n.i"), "'Дорожная карта'", "'approved'", "'template'",
                        "'feed' || \(g.text("n.i"))", g.now,
                    ])
            ),
            (
                "roadmap stages",
                g.insert(
                    "roadmap_stages", ["id", "roadmap_id", "position", "number", "title"], count: organizations,
                    select: [id(.stage, "n.i"), id(.roadmap, "n.i"), "1", "'1'", "'Этап'"])
            ),
            (
                "roadmap activities",
                g.insert(
                    "roadmap_activities",
                    [
                        "id", "roadmap_id", "stage_id", "position", "number", "title", "due_text", "due_end",
                        "checkpoint", "occurrences", "responsible", "status",
                    ], count: organizations * 20,
                    select: [
                        id(.activity, "n.i"), id(.roadmap, "n.i / 20"), id(.stage, "n.i / 20"), "n.i % 20",
                        "'1.' || \(g.text("n.i % 20 + 1"))", "'Мероприятие'",
                        "'по плану'", g.day("(n.i % 20) * 18"), g.bool("n.i % 5 = 0"), "'[]'", "'[]'",
                        "CASE WHEN n.i % 3 = 0 THEN 'done' ELSE 'planned' END",
                    ])
            ),
        ]
        for (name, statement) in steps {
            let start = Date()
            try await sql.raw(SQLQueryString(statement)).run()
            log(String(format: "  %-22@ %6.1f s", name as NSString, Date().timeIntervalSince(start)))
        }
        try await sql.raw("ANALYZE").run()
    }
}
