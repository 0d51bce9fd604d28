import Foundation
import MentoringCore

extension OpenAPISchemas {
    /// The public section «Целевая модель наставничества»: its words, news, offers to mentor.
    static var publicSectionSchemas: [(String, JSONValue)] {
        [
            (
                "PublicSection",
                record(
                    [("intro", string()), ("contacts", string()), ("publicURL", string())],
                    optional: ["intro", "contacts"])
            ),
            ("PublicSectionInput", object([("intro", string()), ("contacts", string())], required: [])),
            ("News", record([("id", uuid), ("title", string()), ("body", string()), ("publishedOn", date)])),
            (
                "NewsInput",
                object(
                    [("title", string()), ("body", string()), ("publishedOn", string("ДД.ММ.ГГГГ; пусто — сегодня"))],
                    required: ["title", "body"])
            ),
            (
                "MentorApplication",
                record(
                    [
                        ("id", uuid), ("personID", uuid), ("name", string()),
                        ("kind", enumeration(MentorApplicantKind.allCases.map(\.rawValue))),
                        ("alumnus", ["type": "boolean"]), ("workplace", string()), ("offer", string()),
                        ("programID", uuid), ("createdAt", ["type": "string", "format": "date-time"]),
                    ], optional: ["programID"])
            ),
        ]
    }
}

extension OpenAPIDocument {
    static var publicSectionOperations: [Operation] {
        ["organizations/{organizationID}", "municipalities/{municipalityID}"].flatMap { owner in
            [
                Operation(
                    method: "get", path: "/\(owner)/public-section", summary: "Раздел «Целевая модель наставничества»",
                    response: ref("PublicSection")),
                Operation(
                    method: "put", path: "/\(owner)/public-section", summary: "Изменить текст и контакты раздела",
                    request: "PublicSectionInput", response: ref("PublicSection")),
                Operation(
                    method: "get", path: "/\(owner)/public-section/news", summary: "Новости раздела",
                    response: list("News")),
                Operation(
                    method: "post", path: "/\(owner)/public-section/news", summary: "Опубликовать новость",
                    request: "NewsInput", response: ref("News"), status: "201"),
            ]
        } + [
            Operation(
                method: "delete", path: "/news/{newsID}", summary: "Снять новость с публикации",
                response: ["type": "null"], status: "204"),
            Operation(
                method: "get", path: "/organizations/{organizationID}/mentor-applications",
                summary: "Заявки «Стать наставником»", response: list("MentorApplication")),
        ]
    }
}
