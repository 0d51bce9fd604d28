import Foundation
import MentoringCore

extension OpenAPIDocument {
    static let monitoringOperations: [Operation] = [
        .init(
            method: "get", path: "/programs/{programID}/indicators",
            summary:
                "Показатели программы с формулами, числителями, целями и трендом; "
                + "участники по формам; влияние; результаты процесса",
            response: ref("ProgramIndicators")),
        .init(
            method: "post", path: "/programs/{programID}/process-results",
            summary: "Внести результат процесса за период (ВПР, ОГЭ, ЕГЭ, олимпиады, проекты)",
            request: "ProcessResultInput", response: ref("ProgramIndicators"), status: "201"),
        .init(
            method: "put", path: "/programs/{programID}/report",
            summary: "Текст аналитического отчёта программы: сильные и слабые стороны, предложения",
            request: "ProgramReportText", response: ref("ProgramIndicators")),
        .init(
            method: "get", path: "/programs/{programID}/report/document",
            summary: "Аналитический отчёт программы (DOCX)", response: binary,
            produces: [docxType]),
        .init(
            method: "get", path: "/municipalities/{municipalityID}/indicators",
            summary: "Муниципальные показатели года (параметр year) против целей и таблица организаций",
            response: ref("MunicipalIndicators"),
            query: [("year", year)]),
        .init(
            method: "put", path: "/municipalities/{municipalityID}/figures/{year}",
            summary: "Знаменатели, дата отсчёта возраста, целевые значения и порог удовлетворённости года",
            request: "MunicipalFiguresInput",
            response: ref("MunicipalIndicators")),
        .init(
            method: "get", path: "/municipalities/{municipalityID}/note",
            summary: "Аналитическая справка (format=docx) или её данные (format=xlsx|csv) за год (year)",
            response: binary,
            produces: [docxType, xlsxType, csvType],
            query: [("year", year), ("format", OpenAPISchemas.enumeration(["docx", "xlsx", "csv"]))]),
        .init(
            method: "get", path: "/municipalities/{municipalityID}/statistics",
            summary: "Участники по организациям, формам и ролям для статистических форм (format=xlsx|csv, year)",
            response: binary,
            produces: [xlsxType, csvType],
            query: [("year", year), ("format", OpenAPISchemas.enumeration(["xlsx", "csv"]))]),
    ]

    static let year: JSONValue = ["type": "integer", "minimum": 2000, "maximum": 2100]
}

extension OpenAPISchemas {
    static var monitoringSchemas: [(String, JSONValue)] {
        let integer: JSONValue = ["type": "integer"]
        let number: JSONValue = ["type": "number"]
        let boolean: JSONValue = ["type": "boolean"]
        func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }
        let indicator = object([
            ("key", string()), ("title", string()), ("definition", string("Формула словами")),
            ("value", string("Как на странице: «42,5 %», «нет знаменателя»")),
            ("number", number), ("counts", string("«12 из 40»")), ("target", number), ("meetsTarget", boolean),
            ("trend", enumeration(["up", "down", "flat"])),
        ])
        let text = string("Число строкой или числом")
        return [
            (
                "ProgramIndicators",
                record([
                    ("programID", uuid), ("referenceDate", date), ("targetsYear", integer),
                    ("indicators", array(indicator)),
                    (
                        "participantsByForm",
                        array(
                            object([
                                ("form", enumeration(MentoringForm.allCases.map(\.rawValue))), ("mentors", integer),
                                ("mentees", integer),
                            ]))
                    ),
                    (
                        "impact",
                        array(
                            object([
                                ("group", string()), ("parameter", string()), ("participants", integer),
                                ("meanEntry", number), ("meanExit", number),
                                ("meanChange", number), ("improvedPercent", number),
                            ]))
                    ),
                    ("exitWithoutEntry", integer),
                    (
                        "processResults",
                        array(
                            object([
                                ("period", string()), ("kind", enumeration(ProcessResultKind.allCases.map(\.rawValue))),
                                ("total", integer),
                                ("count", integer), ("note", string()),
                            ]))
                    ),
                ])
            ),
            (
                "ProcessResultInput",
                object(
                    [
                        ("period", string()), ("kind", enumeration(ProcessResultKind.allCases.map(\.rawValue))),
                        ("total", string()),
                        ("count", string()), ("note", string()),
                    ], required: ["period", "kind", "count"])
            ),
            (
                "ProgramReportText",
                object([("strengths", string()), ("weaknesses", string()), ("proposals", string())])
            ),
            (
                "MunicipalFiguresInput",
                object(
                    [
                        ("children10to19", text), ("children15to19", text), ("youngSpecialists", text),
                        ("referenceDate", date),
                        (
                            "targets",
                            [
                                "type": "object", "description": "Цель, % (0–100) для каждого показателя",
                                "properties": .object(MunicipalIndicator.allCases.map { ($0.rawValue, text) }),
                            ]
                        ),
                        ("thresholdOfFive", text), ("thresholdOfTen", text),
                    ], required: ["targets"])
            ),
            (
                "MunicipalIndicators",
                record([
                    ("municipalityID", uuid), ("year", integer), ("figuresEntered", boolean), ("referenceDate", date),
                    ("denominators", ["type": "object", "additionalProperties": ["type": ["integer", "null"]]]),
                    (
                        "indicators",
                        array(
                            object([
                                ("key", enumeration(MunicipalIndicator.allCases.map(\.rawValue))), ("title", string()),
                                ("definition", string()),
                                ("state", enumeration(["computed", "missing_denominator", "no_data"])),
                                ("numerator", integer),
                                ("denominator", integer), ("percent", number), ("target", number),
                                ("meetsTarget", boolean),
                            ]))
                    ),
                    (
                        "organizations",
                        array(
                            object([
                                ("id", uuid), ("name", string()), ("mentors", integer), ("mentees", integer),
                                ("pairs", integer),
                                ("menteesRequested", integer), ("menteesMatched", integer),
                                ("satisfactionAnswers", integer),
                                ("satisfied", integer), ("roadmapActivities", integer),
                                ("roadmapActivitiesDone", integer),
                                ("overdueCheckpoints", integer),
                            ]))
                    ),
                ])
            ),
        ]
    }
}
