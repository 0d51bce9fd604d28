import Fluent
import FluentKit
import Foundation
import MentoringCore

extension OpenAPISchemas {
    static var baseSchemas: [(String, JSONValue)] {
        let strings: JSONValue = ["type": "array", "items": string()]
        let integer: JSONValue = ["type": "integer"]
        let boolean: JSONValue = ["type": "boolean"]
        let forms = enumeration(MentoringForm.allCases.map(\.rawValue))
        let question = object([
            ("id", string()), ("text", string()), ("help", string()),
            ("kind", enumeration(Question.Kind.allCases.map(\.rawValue))),
            ("options", strings),
            (
                "choice_source",
                enumeration(["program_mentors", "program_mentees", "pedagogical_vocabulary", "student_vocabulary"])
            ),
            ("scale_max", integer), ("minimum", ["type": "number"]), ("maximum", ["type": "number"]),
            ("max_choices", integer), ("required", boolean),
            ("show_if", object([("question", string()), ("answers", strings)])),
            ("profile_field", enumeration(ProfileField.allCases.map(\.rawValue))),
        ])
        let definition = object([
            ("key", string("латиница, цифры, дефис")),
            ("version", ["type": "integer", "description": "Номер версии: в ответе; при сохранении назначается сам"]),
            ("title", string()), ("intro", string()),
            ("audience", enumeration(Questionnaire.Audience.allCases.map(\.rawValue))),
            (
                "sections",
                [
                    "type": "array",
                    "items": object([("title", string()), ("questions", ["type": "array", "items": question])]),
                ]
            ),
        ])
        return [
            (
                "Program",
                record([
                    ("id", uuid), ("organizationID", uuid), ("title", string()), ("period", span),
                    ("forms", ["type": "array", "items": forms]),
                ])
            ),
            (
                "ProgramInput",
                object([
                    ("title", string()), ("period_start", string("ДД.ММ.ГГГГ")), ("period_end", string("ДД.ММ.ГГГГ")),
                    ("forms", ["type": "array", "items": forms]),
                ])
            ),
            (
                "Mentor",
                record(
                    [
                        ("id", uuid), ("personID", uuid), ("name", string()),
                        ("forms", ["type": "array", "items": forms]),
                        ("roleModels", strings),
                        ("competencies", strings), ("competencyNotes", string()), ("experience", string()),
                        ("interests", strings),
                        ("menteeAges", string()), ("weeklyHours", integer), ("capacity", integer),
                        ("groupAllowed", boolean),
                        ("format", enumeration(MeetingFormat.allCases.map(\.rawValue))),
                        ("status", enumeration(MentorProfile.Status.allCases.map(\.rawValue))),
                        (
                            "trainings",
                            [
                                "type": "array",
                                "items": record(
                                    [
                                        ("course", string()), ("hours", integer), ("completedOn", date),
                                        ("document", string()),
                                    ],
                                    optional: ["hours", "completedOn", "document"]),
                            ]
                        ),
                        ("registryOrder", string()), ("offeredToOthers", boolean),
                    ],
                    optional: ["competencyNotes", "experience", "menteeAges", "weeklyHours", "registryOrder"])
            ),
            (
                "MentorProfileInput",
                object([
                    ("personID", uuid), ("forms", ["type": "array", "items": forms]), ("role_models", strings),
                    ("competencies", strings),
                    ("competency_notes", string()), ("experience", string()), ("interests", strings),
                    ("mentee_ages", string()),
                    ("weekly_hours", integer), ("capacity", integer), ("group_allowed", boolean),
                    ("format", enumeration(MeetingFormat.allCases.map(\.rawValue))),
                    ("offered_to_others", boolean), ("training_course", string()), ("training_hours", integer),
                    ("training_date", string("ДД.ММ.ГГГГ")), ("training_document", string()),
                ])
            ),
            (
                "Mentee",
                record(
                    [
                        ("id", uuid), ("personID", uuid), ("name", string()), ("form", forms),
                        ("requests", ["type": "array", "items": record([("text", string()), ("priority", integer)])]),
                        ("requestNotes", string()), ("interests", strings), ("weeklyHours", integer),
                        ("format", enumeration(MeetingFormat.allCases.map(\.rawValue))),
                        ("status", enumeration(MenteeProfile.Status.allCases.map(\.rawValue))), ("waitingSince", date),
                    ],
                    optional: ["requestNotes", "weeklyHours"])
            ),
            (
                "MenteeProfileInput",
                object([
                    ("personID", uuid), ("form", forms), ("main_request", string()), ("requests", strings),
                    ("request_notes", string()), ("interests", strings), ("weekly_hours", integer),
                    ("format", enumeration(MeetingFormat.allCases.map(\.rawValue))),
                ])
            ),
            ("QuestionnaireDefinition", definition),
            ("Questionnaire", record([("id", uuid), ("builtIn", boolean), ("definition", definition)])),
            (
                "SurveyInput",
                object([
                    ("template", uuid), ("title", string()),
                    ("audience", enumeration(SurveyAudience.allCases.map(\.rawValue))),
                    ("grade", string("класс, например 7Б")), ("form", forms), ("anonymous", boolean),
                    ("opens_on", string("ДД.ММ.ГГГГ")), ("closes_on", string("ДД.ММ.ГГГГ")),
                    (
                        "leave_out",
                        string(
                            "true — только тем, у кого есть согласия; "
                                + "без него 422 называет остальных")
                    ),
                ])
            ),
            (
                "Survey",
                record(
                    [
                        ("id", uuid), ("programID", uuid), ("title", string()), ("template", string()),
                        ("templateVersion", integer),
                        ("audience", string()), ("anonymous", boolean), ("opensOn", date), ("closesOn", date),
                        ("invited", integer),
                        ("answered", integer),
                        (
                            "results",
                            [
                                "type": "array",
                                "items": record(
                                    [
                                        ("question", string()), ("text", string()), ("answered", integer),
                                        ("average", ["type": "number"]),
                                        (
                                            "counts",
                                            [
                                                "type": "array",
                                                "items": record(
                                                    [
                                                        ("title", string()), ("count", integer),
                                                        ("percent", ["type": "number"]),
                                                        ("meanRank", ["type": "number"]),
                                                    ],
                                                    optional: ["meanRank"]),
                                            ]
                                        ),
                                        ("texts", strings),
                                    ], optional: ["average"]),
                            ]
                        ),
                    ], optional: ["results"])
            ),
        ]
    }
}
