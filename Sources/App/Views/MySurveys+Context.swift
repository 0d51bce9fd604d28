import MentoringCore

/// The surveys a participant or a legal representative is asked to answer (`surveys/mine.leaf`).
struct MySurveysContext: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var respondent: String
        var title: String
        /// The answer page while the link works.
        var url: String?
        var closesOn: String
        var answered: Bool
    }

    var meta: PageMeta
    var surveys: [Row]

    init(meta: PageMeta, surveys: [PendingSurvey]) {
        self.meta = meta
        self.surveys = surveys.map { survey in
            Row(
                respondent: survey.respondent, title: survey.title, url: survey.token.map { SiteURL.answer($0).path },
                closesOn: survey.closesOn.russian, answered: survey.answered)
        }
    }
}
