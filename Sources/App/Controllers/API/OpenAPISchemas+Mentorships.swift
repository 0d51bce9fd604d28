import Foundation
import MentoringCore

extension OpenAPISchemas {
    static var mentorshipSchemas: [(String, JSONValue)] {
        let integer: JSONValue = ["type": "integer"]
        let number: JSONValue = ["type": "number"]
        let boolean: JSONValue = ["type": "boolean"]
        let dateTime = string(format: "date-time")
        func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }
        let status = enumeration(MentorshipStatus.allCases.map(\.rawValue))
        let form = enumeration(MentoringForm.allCases.map(\.rawValue))
        let risk = object([
            ("mentorshipID", uuid), ("kind", enumeration(RhythmRisk.Kind.allCases.map(\.rawValue))),
            ("daysOverdue", integer), ("message", string()),
        ])
        let member = record([
            ("profileID", uuid), ("personID", uuid), ("name", string("ФИО или «Участник без действующего согласия»")),
            ("named", boolean),
        ])
        let plan = object([
            (
                "goals",
                array(object([("id", string()), ("title", string()), ("request", string()), ("achieved", boolean)]))
            ),
            (
                "tasks",
                array(
                    object([
                        ("id", string()), ("title", string()), ("due", date),
                        ("status", enumeration(PersonalPlan.TaskStatus.allCases.map(\.rawValue))), ("goalID", string()),
                    ]))
            ),
            ("expectedResults", string()), ("route", string("Индивидуальный образовательный маршрут")),
        ])
        let orderSummary = record(
            [
                ("id", uuid), ("kind", enumeration(OrderKind.allCases.map(\.rawValue))), ("title", string()),
                ("status", enumeration(OrderStatus.allCases.map(\.rawValue))), ("number", string()), ("signedOn", date),
            ],
            optional: ["number", "signedOn"])
        return [
            (
                "MentorshipRow",
                record(
                    [
                        ("id", uuid), ("status", status), ("form", form), ("mentor", string()), ("mentees", string()),
                        ("meetingsPerWeek", number), ("lastMeeting", dateTime), ("nextMeeting", dateTime),
                        ("feedbackAverage", number), ("risks", array(risk)),
                    ],
                    optional: ["meetingsPerWeek", "lastMeeting", "nextMeeting", "feedbackAverage"])
            ),
            (
                "MentorshipInput",
                object(
                    [
                        ("mentor", string("id профиля наставника")),
                        ("mentees", array(string("id профиля наставляемого"))),
                        ("coMentors", array(string("id профиля наставника"))), ("form", form), ("roleModel", string()),
                        ("kinds", array(enumeration(MentoringKind.allCases.map(\.rawValue)))),
                        ("startsOn", date), ("endsOn", date),
                    ], required: ["mentor", "mentees", "form"])
            ),
            (
                "Mentorship",
                record(
                    [
                        ("id", uuid), ("programID", uuid), ("organizationID", uuid), ("status", status), ("form", form),
                        ("roleModel", string()),
                        ("kinds", array(string())), ("startsOn", date), ("endsOn", date), ("activeSince", date),
                        ("closedOn", date),
                        ("terminationReason", enumeration(TerminationReason.allCases.map(\.rawValue))),
                        ("previousMentorshipID", uuid),
                        ("bestPractice", boolean), ("mentor", member), ("coMentors", array(member)),
                        ("mentees", array(member)), ("plan", plan),
                        ("planProgressPercent", integer), ("meetings", OpenAPIDocument.list("Meeting")),
                        ("feedbackAverage", number),
                        ("orders", array(orderSummary)), ("reportSubmittedOn", date),
                        (
                            "history",
                            array(
                                record(
                                    [
                                        ("at", dateTime), ("fromStatus", status), ("toStatus", status),
                                        ("note", string()),
                                        ("actor", string()),
                                    ], optional: ["fromStatus"]))
                        ),
                    ],
                    optional: [
                        "roleModel", "startsOn", "endsOn", "activeSince", "closedOn", "terminationReason",
                        "previousMentorshipID",
                        "mentor", "plan", "planProgressPercent", "feedbackAverage", "reportSubmittedOn",
                    ])
            ),
            (
                "MentorshipStatusChange",
                object([
                    ("action", enumeration(["activate", "complete", "terminate", "best_practice"])),
                    ("reason", enumeration(TerminationReason.allCases.map(\.rawValue))), ("note", string()),
                    ("mentor", string("id профиля нового наставника (смена наставника)")),
                ])
            ),
            (
                "PlanChange",
                object(
                    [
                        ("action", enumeration(["draft", "goal", "task", "task_status", "goal_achieved", "texts"])),
                        ("title", string()), ("due", date), ("goal", string("id цели")), ("task", string("id задачи")),
                        ("status", enumeration(PersonalPlan.TaskStatus.allCases.map(\.rawValue))),
                        ("expectedResults", string()), ("route", string()),
                    ], required: ["action"])
            ),
            (
                "MentorReportInput",
                object([
                    ("results", string()), ("difficulties", string()), ("proposals", string()),
                    ("action", enumeration(["save", "submit"])),
                ])
            ),
            (
                "MeetingInput",
                object(
                    [
                        ("type", enumeration(MeetingType.allCases.map(\.rawValue))), ("date", date),
                        ("time", string("ЧЧ:ММ, московское время")), ("durationMinutes", string("Минуты, 10–480")),
                        ("format", enumeration(MeetingPlace.allCases.map(\.rawValue))), ("place", string()),
                        ("link", string()),
                        ("topic", string()), ("notes", string()),
                    ], required: ["type", "date", "time", "durationMinutes", "format", "topic"])
            ),
            (
                "Meeting",
                record(
                    [
                        ("id", uuid), ("mentorshipID", uuid),
                        ("type", enumeration(MeetingType.allCases.map(\.rawValue))),
                        ("startsAt", dateTime), ("durationMinutes", integer),
                        ("format", enumeration(MeetingPlace.allCases.map(\.rawValue))),
                        ("place", string()), ("link", string()), ("topic", string()), ("notes", string()),
                        ("status", enumeration(MeetingStatus.allCases.map(\.rawValue))),
                        ("attendance", ["type": "object", "additionalProperties": boolean]),
                        ("taskIDs", array(string())),
                    ],
                    optional: ["place", "link", "notes"])
            ),
            (
                "MeetingOutcome",
                object(
                    [
                        ("action", enumeration(["held", "cancelled"])), ("attended", array(string("id человека"))),
                        ("notes", string()), ("tasks", array(string("id задачи плана"))),
                    ], required: ["action"])
            ),
            ("OrderSummary", orderSummary),
            (
                "OrderInput",
                object(
                    [
                        ("kind", enumeration(OrderKind.allCases.map(\.rawValue))), ("program", string("id программы")),
                        ("title", string("Пусто — по виду приказа")), ("grounds", string("Пусто — федеральные акты")),
                        ("points", string("Пункты, по одному в строке; пусто — типовые")),
                        ("rewardKind", enumeration(RewardKind.allCases.map(\.rawValue))),
                        (
                            "mentors",
                            [
                                "type": "array",
                                "items": string("id анкеты наставника; пусто — все с завершёнными парами"),
                            ]
                        ),
                    ], required: ["kind"])
            ),
            (
                "Order",
                record(
                    [
                        ("id", uuid), ("organizationID", uuid), ("programID", uuid),
                        ("kind", enumeration(OrderKind.allCases.map(\.rawValue))),
                        ("title", string()), ("grounds", string()), ("points", array(string())),
                        ("status", enumeration(OrderStatus.allCases.map(\.rawValue))), ("number", string()),
                        ("signedOn", date),
                        ("hasScan", boolean), ("mentorships", array(uuid)), ("mentors", array(uuid)),
                        ("createdBy", string()),
                        ("createdAt", dateTime),
                    ], optional: ["programID", "number", "signedOn"])
            ),
            (
                "OrderSignInput",
                object(
                    [("number", string()), ("date", string("ГГГГ-ММ-ДД или ДД.ММ.ГГГГ"))], required: ["number", "date"])
            ),
        ]
    }
}
